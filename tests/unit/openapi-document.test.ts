import { describe, expect, it } from 'vitest';
import { openApiDocument } from '$lib/server/api/openapi';
import { GET as openapiGET } from '../../src/routes/api/v1/openapi.json/+server';
import { api } from '../setup/api';

// What the OpenAPI document says about each module's endpoints. It is built from the code alone, so
// these need no database and run once, here, rather than on both databases in tests/integration.

describe('GET /api/v1/openapi.json: the public endpoints', () => {
	type Operation = {
		parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
		responses: Record<string, unknown>;
	};
	type Doc = {
		openapi: string;
		paths: Record<string, { get: Operation }>;
		components: { schemas: Record<string, Record<string, unknown>> };
	};

	it('describes the public endpoints, their parameters with constraints, responses and the error shape', async () => {
		const { status, body } = await api(openapiGET, 'GET', '/api/v1/openapi.json');
		expect(status).toBe(200);
		const doc = body as unknown as Doc;
		expect(doc.openapi).toMatch(/^3\.1\./);
		for (const path of ['/api/v1/networks', '/api/v1/partnerships', '/api/v1/organisations/{slug}'])
			expect(doc.paths[path]?.get.responses['200']).toBeTruthy();
		const params = Object.fromEntries(
			(doc.paths['/api/v1/partnerships']!.get.parameters ?? []).map((p) => [p.name, p])
		);
		expect(Object.keys(params).sort()).toEqual(['country', 'limit', 'network', 'page', 'theme']);
		expect(params.limit!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
		expect(params.page!.schema).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
		expect(params.country!.schema).toMatchObject({ type: 'string', pattern: '^[A-Za-z]{2}$' });
		expect(params.theme!.schema).toMatchObject({ type: 'string', maxLength: 80 });
		expect(doc.paths['/api/v1/partnerships']!.get.responses['400']).toMatchObject({
			content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
		});
		expect(doc.paths['/api/v1/organisations/{slug}']!.get.responses['404']).toBeTruthy();
		const error = doc.components.schemas.Error as { properties: { error: { properties: Record<string, unknown> } } };
		expect(Object.keys(error.properties.error.properties).sort()).toEqual(['code', 'fields', 'message', 'parameters']);
		expect(doc.components.schemas.Partnership).toMatchObject({ properties: { parties: { type: 'array' } } });
		expect(JSON.stringify(doc)).not.toContain('"$schema"');
	});
});

describe('the staff writes of organisations and networks', () => {
	it('are in the OpenAPI document', async () => {
		const response = await openapiGET({ url: new URL('http://localhost/api/v1/openapi.json') } as never);
		const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
		expect(Object.keys(document.paths['/api/v1/organisations'] ?? {})).toContain('post');
		expect(Object.keys(document.paths['/api/v1/organisations/{slug}'] ?? {})).toContain('patch');
		expect(Object.keys(document.paths['/api/v1/networks'] ?? {})).toContain('post');
		expect(Object.keys(document.paths['/api/v1/networks/{id}'] ?? {})).toContain('patch');
	});
});

describe('the partnerships', () => {
	it('describes the public list and the staff creation on the same path, and the new endpoints', async () => {
		const response = await openapiGET({ url: new URL('http://localhost/api/v1/openapi.json') } as never);
		const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
		expect(Object.keys(document.paths['/api/v1/partnerships']!).sort()).toEqual(['get', 'post']);
		expect(Object.keys(document.paths['/api/v1/partnerships/{id}']!).sort()).toEqual(
			expect.arrayContaining(['get', 'patch'])
		);
		expect(document.paths['/api/v1/partnerships/{id}/phase']).toHaveProperty('post');
	});
});

describe('the answers to calls', () => {
	it('is described in the OpenAPI document', () => {
		const { paths } = openApiDocument() as unknown as {
			paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
		};
		expect(Object.keys(paths['/api/v1/expressions/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
		expect(paths['/api/v1/calls/{id}/expressions']?.post).toBeTruthy();
		expect(paths['/api/v1/expressions/{id}/submit']?.post).toBeTruthy();
		expect(paths['/api/v1/expressions/{id}/withdraw']?.post).toBeTruthy();
		expect((paths['/api/v1/expressions']?.get?.parameters ?? []).map((p) => p.name).sort()).toEqual([
			'call',
			'limit',
			'page'
		]);
	});
});

describe('the matches', () => {
	it('is described in the OpenAPI document, with the suggestions’ query parameters', async () => {
		const { body } = await api(openapiGET, 'GET', '/api/v1/openapi.json');
		const paths = body.paths as Record<string, Record<string, { parameters?: { name: string }[]; responses: object }>>;
		const suggestions = paths['/api/v1/calls/{id}/suggestions']!.get!;
		expect(suggestions.parameters!.map((p) => p.name).sort()).toEqual(['expression', 'id', 'limit', 'profile']);
		expect(Object.keys(paths['/api/v1/calls/{id}/matches']!.post!.responses).sort()).toEqual([
			'201',
			'400',
			'401',
			'404',
			'409',
			'413',
			'415',
			'429',
			'500'
		]);
		expect(paths['/api/v1/calls/{id}/assignment']!.get).toBeTruthy();
		expect((body.components as { schemas: object }).schemas).toHaveProperty('MatchScorePart');
	});
});

describe('the plan and results framework', () => {
	it('publishes every endpoint in the OpenAPI document', () => {
		const paths = (openApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> }).paths;
		const ids = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
		for (const op of [
			'getPlan',
			'updatePlan',
			'getResultsFramework',
			'addResult',
			'updateResult',
			'removeResult',
			'addIndicator',
			'updateIndicator',
			'removeIndicator',
			'addPeriod',
			'updatePeriod',
			'removePeriod'
		])
			expect(ids).toContain(op);
		expect(
			paths['/api/v1/partnerships/{id}/results/{resultId}/indicators/{indicatorId}/periods/{periodId}']?.delete
		).toBeTruthy();
	});
});

describe('the partner-seeking profiles', () => {
	it('describes the public list and the profile endpoints', () => {
		type Doc = { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
		const { paths } = openApiDocument() as unknown as Doc;
		expect((paths['/api/v1/profiles']?.get?.parameters ?? []).map((p) => p.name).sort()).toEqual([
			'call',
			'country',
			'limit',
			'page',
			'theme'
		]);
		expect(Object.keys(paths['/api/v1/profiles/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
		expect(paths['/api/v1/calls/{id}/profiles']?.post).toBeTruthy();
		expect(paths['/api/v1/profiles/{id}/publish']?.post).toBeTruthy();
		expect(paths['/api/v1/profiles/{id}/withdraw']?.post).toBeTruthy();
	});
});

describe('the reviews', () => {
	it('describes the review endpoints with their bodies and answers', async () => {
		const { status, body } = await api(openapiGET, 'GET', '/api/v1/openapi.json');
		expect(status).toBe(200);
		const paths = body.paths as Record<string, Record<string, { operationId: string; requestBody?: unknown }>>;
		expect(paths['/api/v1/calls/{id}/answers']?.get?.operationId).toBe('listCallAnswers');
		expect(paths['/api/v1/calls/{id}/answers/export']?.get?.operationId).toBe('exportCallAnswers');
		expect(paths['/api/v1/calls/{id}/answers/status']?.post?.requestBody).toBeTruthy();
		expect(paths['/api/v1/expressions/{id}/reviews']?.get?.operationId).toBe('listExpressionReviews');
		expect(paths['/api/v1/expressions/{id}/review']?.put?.requestBody).toBeTruthy();
		expect(Object.keys(paths['/api/v1/expressions/{id}/notes'] ?? {}).sort()).toEqual(['get', 'post']);
		const schemas = (body.components as { schemas: Record<string, unknown> }).schemas;
		for (const id of ['AnswerList', 'ReviewList', 'ReviewDocument', 'ExpressionNoteList', 'StatusMoveResult'])
			expect(schemas[id]).toBeTruthy();
	});
});
