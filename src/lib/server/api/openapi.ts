import { z } from 'zod';
import { partnershipListQuery } from '../domain/partnerships/schemas';
import { apiSchemas } from './schemas';

// The OpenAPI document is generated from the zod schemas the API validates and answers with, so the
// published constraints (limit ≤ 100, country pattern, …) cannot drift from the code.

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const jsonContent = (id: string) => ({ 'application/json': { schema: ref(id) } });

const cacheHeaders = {
	'cache-control': {
		description: 'Public reads may be cached for a minute: `public, max-age=60`.',
		schema: { type: 'string' }
	}
};

const errorResponse = (description: string) => ({ description, content: jsonContent('Error') });

const parameterDescriptions: Record<keyof typeof partnershipListQuery.shape, string> = {
	network: 'Only partnerships in this network (its slug, e.g. `human-rights`).',
	theme: 'Only partnerships on this theme (its slug, e.g. `gender-equality`).',
	country: 'Only partnerships with a party in this country: ISO 3166-1 alpha-2 code, any case (e.g. `ZA`).',
	page: 'Page number, from 1.',
	limit: 'Partnerships per page.'
};

const options = {
	target: 'draft-2020-12',
	uri: (id: string) => `#/components/schemas/${id}`,
	// Answers may gain fields without a new API version, so response objects are not closed.
	override: (ctx: { jsonSchema: JsonSchema }) => {
		if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
	}
} as const;

/** Inside an OpenAPI document a schema needs no `$schema` or `$id` of its own. */
function embedded(schema: JsonSchema): JsonSchema {
	delete schema.$schema;
	delete schema.$id;
	return schema;
}

function componentSchemas(): Record<string, JsonSchema> {
	const { schemas } = z.toJSONSchema(apiSchemas, { ...options, io: 'output' }) as {
		schemas: Record<string, JsonSchema>;
	};
	return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

/** Query parameters, one per field of the schema that validates them (input side: what a client sends). */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>) {
	return Object.entries(schema.shape).map(([name, field]) => ({
		name,
		in: 'query',
		required: false,
		description: descriptions[name],
		schema: embedded(z.toJSONSchema(field as z.ZodType, { ...options, io: 'input' }) as JsonSchema)
	}));
}

function buildDocument() {
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Glokal API',
			version: '1.0.0',
			description:
				'Public, read-only data of the municipal partnership programme: networks, partnerships and ' +
				'organisations. Texts people write come in Swedish, English and Spanish where written. ' +
				'Error messages follow Accept-Language (sv, en, es; Swedish otherwise). Unknown query parameters are ignored.'
		},
		paths: {
			'/api/v1/networks': {
				get: {
					operationId: 'listNetworks',
					summary: 'All thematic networks, newest first',
					responses: {
						'200': { description: 'The networks.', headers: cacheHeaders, content: jsonContent('NetworkList') },
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/partnerships': {
				get: {
					operationId: 'listPartnerships',
					summary: 'Partnerships, newest first, filtered and a page at a time',
					parameters: queryParameters(partnershipListQuery, parameterDescriptions),
					responses: {
						'200': {
							description: 'One page; past the last page `data` is empty and `total` still counts all matches.',
							headers: cacheHeaders,
							content: jsonContent('PartnershipPage')
						},
						'400': errorResponse(
							'A parameter is invalid: `error.parameters` names each one (code `invalid_parameters`).'
						),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/organisations/{slug}': {
				get: {
					operationId: 'getOrganisation',
					summary: 'One organisation with its partnerships',
					parameters: [
						{
							name: 'slug',
							in: 'path',
							required: true,
							description: 'The organisation’s slug.',
							schema: { type: 'string' }
						}
					],
					responses: {
						'200': {
							description: 'The organisation.',
							headers: cacheHeaders,
							content: jsonContent('OrganisationDocument')
						},
						'404': errorResponse('No organisation has this slug (code `not_found`).'),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/openapi.json': {
				get: {
					operationId: 'getOpenApiDocument',
					summary: 'This document',
					responses: {
						'200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }
					}
				}
			}
		},
		components: { schemas: componentSchemas() }
	};
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let built: OpenApiDocument | undefined;

/** The document, built once per process: it depends only on the code. */
export function openApiDocument(): OpenApiDocument {
	built ??= buildDocument();
	return built;
}
