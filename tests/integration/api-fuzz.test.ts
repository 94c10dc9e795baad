import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '$lib/server/api/openapi';
import { tooLargeBody, unreadableAddress } from '$lib/server/request-checks';
import { db } from '$lib/server/db/client';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { anonymous } from '$lib/server/domain/accounts/actor';
import {
	makeNetwork,
	makeOrganisation,
	makePartnership,
	makeProgramme,
	makeTheme,
	makeUser,
	TEST_PASSWORD
} from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { useTestDatabase } from '../setup/database';
import {
	fitting,
	hostileString,
	mutate,
	mutation,
	type IdPool,
	type JsonSchema,
	type Mutation
} from '../setup/schema-arbitrary';

// Property: whatever a client sends to any operation of the OpenAPI document, as any role, the answer
// is never a 5xx, and an error answer changed nothing (no audit event, no row of any table).
// Requests are made from the document's own schemas (fitting values, then wrong types, missing and
// extra fields, hostile text, odd path parameters, raw bodies that are not JSON or too large).
// FUZZ_RUNS raises the runs per operation for a long run; FUZZ_SEED replays a reported failure.

const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

useTestDatabase();

type Role = 'anonymous' | 'member' | 'coordinator' | 'otherMember' | 'staff';
const roles: Role[] = ['anonymous', 'member', 'coordinator', 'otherMember', 'staff'];

type Handler = (event: never) => Response | Promise<Response>;
const modules = import.meta.glob<Record<string, Handler>>('../../src/routes/api/v1/**/+server.ts', { eager: true });

/** `/api/v1/partnerships/{id}` → the handler module of `src/routes/api/v1/partnerships/[id]`. */
function handlerFor(path: string, method: string): Handler {
	const file = `../../src/routes${path.replace(/\{(\w+)\}/g, '[$1]')}/+server.ts`;
	const handler = modules[file]?.[method.toUpperCase()];
	if (!handler) throw new Error(`no ${method} handler in ${file}`);
	return handler;
}

type Operation = {
	method: string;
	path: string;
	pathParams: string[];
	query: Record<string, JsonSchema>;
	body?: JsonSchema;
};

function documentOperations(): Operation[] {
	const list: Operation[] = [];
	const paths = openApiDocument().paths as Record<string, Record<string, Record<string, unknown>>>;
	for (const [path, methods] of Object.entries(paths)) {
		if (path.endsWith('openapi.json')) continue;
		for (const [method, op] of Object.entries(methods)) {
			const parameters = (op.parameters ?? []) as { name: string; in: string; schema: JsonSchema }[];
			const body = (op.requestBody as { content: Record<string, { schema: JsonSchema }> } | undefined)?.content[
				'application/json'
			]?.schema;
			list.push({
				method,
				path,
				pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
				query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
				body
			});
		}
	}
	return list;
}

const operations = documentOperations();
let actors: Record<Role, Actor>;
/** Real ids by the path segment before a parameter (`partnerships` for `/partnerships/{id}`). */
const pools: Record<string, string[]> = {};
const allIds: string[] = [];
/** Which pool a body field's ids come from, so that a body can be valid and reach the database. */
const fieldPools: [RegExp, string][] = [
	[/^(organisationId|partyIds|organisationIds)$/, 'parties'],
	[/^programmeId$/, 'programme'],
	[/^themeIds?$/, 'theme'],
	[/^networkId$/, 'networks'],
	[/^expressionIds?$/, 'expressions'],
	[/^profileIds?$/, 'profiles'],
	[/^callId$/, 'calls']
];
const ids: IdPool = (field) => {
	const pool = fieldPools.find(([pattern]) => pattern.test(field))?.[1];
	return (pool && pools[pool]) || allIds;
};

function remember(kind: string, id: string | undefined) {
	if (!id) return;
	(pools[kind] ??= []).push(id);
	allIds.push(id);
}

async function created(
	path: string,
	params: Record<string, string>,
	body: unknown,
	actor: Actor
): Promise<string | undefined> {
	const answer = await send({ method: 'POST', path, params, actor, body: JSON.stringify(body) });
	if (answer.status < 300) accepted.set(`post ${path}`, [body]);
	return (JSON.parse(answer.text || '{}') as { data?: { id?: string } }).data?.id;
}

beforeAll(async () => {
	const programmeId = (await makeProgramme()).id;
	const themeId = (await makeTheme()).id;
	const own = await makeOrganisation({ name: 'Ale kommun (fuzz)' });
	const other = await makeOrganisation({ name: 'Lunds kommun (fuzz)' });
	const partner = await makeOrganisation({ countryCode: 'BW', name: 'Ghanzi (fuzz)' });
	actors = {
		anonymous,
		member: (await makeUser({ organisationId: own.id, role: 'member' })).actor,
		coordinator: (await makeUser({ organisationId: own.id, role: 'coordinator' })).actor,
		otherMember: (await makeUser({ organisationId: other.id, role: 'coordinator' })).actor,
		staff: (await makeUser({ staff: true })).actor
	};
	const network = await makeNetwork({ programmeId, themeId });
	const partnership = await makePartnership({ programmeId, themeId, partyIds: [own.id, partner.id] });
	remember('organisations', own.slug);
	for (const id of [own.id, other.id, partner.id]) remember('parties', id);
	remember('networks', network.id);
	remember('partnerships', partnership.id);
	const base = `/api/v1/partnerships/{id}`;
	const p = { id: partnership.id };
	const staff = actors.staff;
	remember(
		'steering-group',
		await created(
			`${base}/steering-group`,
			p,
			{ name: 'Anna Lindgren', organisationId: own.id, role: 'member', politicalParty: 'S', standing: 'majority' },
			staff
		)
	);
	remember(
		'project-group',
		await created(`${base}/project-group`, p, { name: 'Erik Berg', organisationId: partner.id, role: 'member' }, staff)
	);
	remember(
		'executors',
		await created(`${base}/executors`, p, { organisationId: other.id, tasks: { sv: 'Utbildar' } }, staff)
	);
	const resultId = await created(`${base}/results`, p, { kind: 'output', title: { sv: 'Fler elever' } }, staff);
	remember('results', resultId);
	const indicatorId = await created(
		`${base}/results/{resultId}/indicators`,
		{ ...p, resultId: resultId! },
		{ kind: 'quantitative', name: { sv: 'Andel' }, unit: '%', baselineValue: 60, baselineYear: 2024, targetValue: 80 },
		staff
	);
	remember('indicators', indicatorId);
	remember(
		'periods',
		await created(
			`${base}/results/{resultId}/indicators/{indicatorId}/periods`,
			{ ...p, resultId: resultId!, indicatorId: indicatorId! },
			{ periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 70 },
			staff
		)
	);
	const call = await makeCall();
	remember('calls', call.id);
	remember('calls', call.slug);
	remember('expressions', (await makeExpression(call.id, { organisationId: own.id, status: 'draft' })).expression.id);
	remember('expressions', (await makeExpression(call.id, { status: 'submitted' })).expression.id);
	remember('profiles', (await makeProfile(call.id)).id);
	remember('profiles', (await makeProfile(call.id, { organisationId: own.id, status: 'draft' })).id);
	remember(
		'tokens',
		await created('/api/v1/tokens', {}, { name: 'Fuzz', password: TEST_PASSWORD }, actors.coordinator)
	);
	remember('theme', themeId);
	remember('programme', programmeId);
});

type Sent = {
	method: string;
	path: string;
	params: Record<string, string>;
	actor: Actor;
	body?: string;
	contentType?: string;
	query?: Record<string, string>;
};

/** Calls the handler the way SvelteKit would, with a raw body (it may be anything). */
async function send({ method, path, params, actor, body, contentType = 'application/json', query = {} }: Sent) {
	// A lone surrogate cannot be put in an address (the handler reads `params`, as SvelteKit decoded them).
	const segment = (value = '') => (value.isWellFormed() ? encodeURIComponent(value) : 'unencodable');
	const address = path.replace(/\{(\w+)\}/g, (_, name: string) => segment(params[name]));
	const url = new URL(address, 'http://localhost');
	for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
	const request = new Request(url, {
		method: method.toUpperCase(),
		headers: contentType ? { 'content-type': contentType } : {},
		body: method === 'get' || method === 'delete' || body === undefined ? undefined : body
	});
	const event = { url, params, request, locals: { requestId: 'fuzz', actor } };
	// The hooks' checks of the address and the body's size come first, as on the server (hooks.server.ts).
	const response =
		unreadableAddress(event as never) ??
		tooLargeBody(event as never) ??
		(await handlerFor(path, method)(event as never));
	return { status: response.status, text: await response.text() };
}

/** A fingerprint of every row of every table (the audit trail's too), in one query. */
let fingerprintQuery: string;
let tableNames: string[] = [];
/** The fingerprint after the last request: each request costs one fingerprint, not two. */
let known: string | undefined;
async function fingerprint(): Promise<string> {
	if (!fingerprintQuery) {
		const tables = (await db().execute(
			sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
		)) as unknown as { table_name: string }[] | { rows: { table_name: string }[] };
		const names = (Array.isArray(tables) ? tables : tables.rows)
			.map((row) => row.table_name)
			// Counters that a refused request may rightly bump (rate limits, throttles) are not writes of data.
			.filter((name) => !/rate_limit|throttle|attempt|__drizzle/.test(name));
		tableNames = names;
		fingerprintQuery = `select concat_ws(',', ${names
			// An order-free sum of row hashes: no sort, so one query over every table stays cheap.
			// Matchmaking keeps the concepts it finds in an answer's text beside it, refreshed by any read of the
			// call: a cache, not a write of the request, so those two columns are left out.
			.map(
				(name) =>
					`(select count(*) || ':' || coalesce(sum(hashtextextended((to_jsonb(t) - 'concepts' - 'concepts_version')::text, 0)), 0) from "${name}" t)`
			)
			.join(', ')}) as sum`;
	}
	const result = (await db().execute(sql.raw(fingerprintQuery))) as unknown as
		{ sum: string }[] | { rows: { sum: string }[] };
	return (Array.isArray(result) ? result : result.rows)[0]!.sum;
}

/** The tables whose part of two fingerprints differs. */
function changedTables(before: string, after: string): string[] {
	const [a, b] = [before.split(','), after.split(',')];
	return tableNames.filter((_, i) => a[i] !== b[i]);
}

function pathParam(segment: string): fc.Arbitrary<string> {
	const known = pools[segment] ?? [];
	return fc.oneof(
		{ weight: known.length ? 6 : 0, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('') },
		{ weight: 1, arbitrary: fc.uuid() },
		{ weight: 2, arbitrary: hostileString.filter((s) => s.length < 2000) },
		{ weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '1', '-', 'ale-kommun-fuzz', 'x'.repeat(300)) }
	);
}

/** Bodies that were accepted (2xx), per operation: valid bases to change in one place. */
const accepted = new Map<string, unknown[]>();

type BodyPlan =
	{ raw: string; contentType?: string } | { value: unknown; fromAccepted: number | null; mutations: Mutation[] };

/**
 * What goes over the wire: a body made from the schema, or one an earlier request had accepted, changed
 * in up to three places (a valid body with one unstorable text is what reaches the database); or a
 * raw body that is not JSON, not sent as JSON, or too large.
 */
function bodyFor(schema: JsonSchema | undefined): fc.Arbitrary<BodyPlan> {
	const made = fc.record({
		value: schema ? fitting(schema, ids) : fc.constant(undefined),
		fromAccepted: fc.option(fc.nat(), { freq: 2 }),
		mutations: fc.array(mutation, { maxLength: schema ? 3 : 0 })
	});
	const raw = (body: string, contentType?: string): BodyPlan => ({ raw: body, contentType });
	return fc.oneof(
		{ weight: 12, arbitrary: made },
		{
			weight: 1,
			arbitrary: fc
				.constantFrom('{', '{"a":', 'nul', '[]', '"text"', '1', 'null', '\u0000', '{"sv":"\\u0000"}')
				.map((body) => raw(body))
		},
		{
			weight: 1,
			arbitrary: fc
				.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '')
				.map((contentType) => raw('a=1&b=%00', contentType))
		},
		{ weight: 1, arbitrary: fc.constant(raw(JSON.stringify({ title: { sv: 'x'.repeat(3_000_000) } }))) }
	);
}

function bodyOf(key: string, plan: BodyPlan): { body?: string; contentType?: string } {
	if ('raw' in plan) return { body: plan.raw, contentType: plan.contentType };
	const seen = accepted.get(key) ?? [];
	const base = plan.fromAccepted !== null && seen.length ? seen[plan.fromAccepted % seen.length] : plan.value;
	const value = plan.mutations.reduce(mutate, base);
	return value === undefined ? {} : { body: JSON.stringify(value) };
}

function queryFor(query: Record<string, JsonSchema>): fc.Arbitrary<Record<string, string>> {
	const names = Object.keys(query);
	if (names.length === 0) return fc.constant({});
	const value = (schema: JsonSchema) => fc.oneof(fitting(schema, ids).map(String), hostileString);
	return fc.record(Object.fromEntries(names.map((name) => [name, value(query[name]!)])), {
		requiredKeys: []
	}) as fc.Arbitrary<Record<string, string>>;
}

describe('any request to any operation, as any role: never a 5xx, and an error writes nothing', () => {
	for (const op of operations) {
		it(`${op.method.toUpperCase()} ${op.path}`, async () => {
			const key = `${op.method} ${op.path}`;
			const segments = op.path.split('/');
			const params = fc.record(
				Object.fromEntries(op.pathParams.map((name) => [name, pathParam(segments[segments.indexOf(`{${name}}`) - 1]!)]))
			) as fc.Arbitrary<Record<string, string>>;
			await fc.assert(
				fc.asyncProperty(
					fc.constantFrom(...roles),
					params,
					queryFor(op.query),
					bodyFor(op.body),
					async (role, p, query, plan) => {
						const before = (known ??= await fingerprint());
						const body = bodyOf(key, plan);
						const answer = await send({
							method: op.method,
							path: op.path,
							params: p,
							actor: actors[role],
							query,
							...body
						});
						if (answer.status < 300 && body.body && !('raw' in plan))
							accepted.set(key, [...(accepted.get(key) ?? []), JSON.parse(body.body)]);
						const what = `${role} ${op.method.toUpperCase()} ${op.path} ${JSON.stringify(p)} ${body.body?.slice(0, 300)} → ${answer.status} ${answer.text.slice(0, 300)}`;
						known = await fingerprint();
						expect(answer.status, what).toBeLessThan(500);
						if (answer.status >= 400)
							expect(changedTables(before, known), `an error answer wrote: ${what}`).toEqual([]);
					}
				),
				{ numRuns: RUNS, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK }
			);
		});
	}
});
