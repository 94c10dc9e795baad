import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '$lib/server/api/schemas';
import { networkListSchema } from '$lib/server/domain/networks/api/schemas';
import { organisationDocumentSchema } from '$lib/server/domain/organisations/api/schemas';
import { partnershipPageSchema } from '$lib/server/domain/partnerships/api/schemas';
import { fallback } from '../../src/routes/api/v1/[...path]/+server';
import { GET as networksGET } from '../../src/routes/api/v1/networks/+server';
import { GET as organisationGET } from '../../src/routes/api/v1/organisations/[slug]/+server';
import { GET as partnershipsGET } from '../../src/routes/api/v1/partnerships/+server';
import { makeNetwork, makeOrganisation, makeProgramme, makePublicPartnership, makeTheme } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

type Handler = (event: never) => Response | Promise<Response>;

/** Calls a GET handler the way SvelteKit would, with only what the API reads from the event. */
async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
	const url = new URL(path, 'http://localhost');
	const event = { url, params, request: new Request(url), locals: { requestId: 'test-request' } };
	const response = await handler(event as unknown as never);
	return { response, status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let seed: {
	themeA: string;
	themeB: string;
	network: string;
	stockholm: string;
	partnershipSlugs: string[];
};

beforeAll(async () => {
	const programme = await makeProgramme();
	const themeA = await makeTheme();
	const themeB = await makeTheme();
	const network = await makeNetwork({ programmeId: programme.id, themeId: themeA.id, countryCodes: ['SE', 'ZA'] });
	const stockholm = await makeOrganisation({
		name: 'Stockholms stad',
		subdivision: 'Stockholm',
		latitude: 59.33,
		longitude: 18.07
	});
	const uppsala = await makeOrganisation({ name: 'Uppsala kommun' });
	const cape = await makeOrganisation({ name: 'Cape Agulhas', countryCode: 'ZA' });
	const antigua = await makeOrganisation({ name: 'Antigua Guatemala', countryCode: 'GT' });
	const base = { programmeId: programme.id };
	const made = [
		await makePublicPartnership({
			...base,
			themeId: themeA.id,
			networkId: network.id,
			partyIds: [stockholm.id, cape.id],
			startDate: '2024-03-01',
			endDate: '2026-12-31'
		}),
		await makePublicPartnership({
			...base,
			themeId: themeA.id,
			partyIds: [uppsala.id, antigua.id],
			startDate: '2023-01-01',
			endDate: '2025-12-31'
		}),
		await makePublicPartnership({
			...base,
			themeId: themeB.id,
			partyIds: [antigua.id, cape.id, stockholm.id],
			startDate: '2022-01-01',
			endDate: '2024-12-31'
		})
	];
	for (let year = 2021; year >= 2019; year--)
		made.push(
			await makePublicPartnership({
				...base,
				themeId: themeB.id,
				partyIds: [uppsala.id, cape.id],
				startDate: `${year}-01-01`,
				endDate: `${year + 2}-01-01`
			})
		);
	seed = {
		themeA: themeA.slug,
		themeB: themeB.slug,
		network: network.slug,
		stockholm: stockholm.slug,
		partnershipSlugs: made.map((p) => p.slug)
	};
});

describe('GET /api/v1/networks', () => {
	it('lists networks with theme, countries and partnership count, cacheable for a minute', async () => {
		const { response, status, body } = await call(networksGET, '/api/v1/networks');
		expect(status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('public, max-age=60');
		const { data } = networkListSchema.parse(body);
		expect(data).toHaveLength(1);
		expect(Object.keys(data[0]!).sort()).toEqual(
			['countries', 'description', 'endYear', 'name', 'partnershipCount', 'slug', 'startYear', 'theme'].sort()
		);
		expect(data[0]).toMatchObject({
			slug: seed.network,
			theme: { slug: seed.themeA },
			countries: ['SE', 'ZA'],
			partnershipCount: 1,
			startYear: 2024,
			endYear: 2026
		});
		expect(data[0]!.name.sv).toMatch(/^Nätverk/);
	});
});

describe('GET /api/v1/partnerships', () => {
	it('answers a page of partnerships, newest first, each with all its parties', async () => {
		const { status, body } = await call(partnershipsGET, '/api/v1/partnerships');
		expect(status).toBe(200);
		const page = partnershipPageSchema.parse(body);
		expect(page).toMatchObject({ page: 1, limit: 20, total: 6 });
		expect(page.data.map((p) => p.slug)).toEqual(seed.partnershipSlugs);
		const first = page.data[0]!;
		expect(Object.keys(first).sort()).toEqual(
			['endDate', 'network', 'parties', 'phase', 'slug', 'startDate', 'theme', 'title'].sort()
		);
		expect(first).toMatchObject({
			startDate: '2024-03-01',
			endDate: '2026-12-31',
			theme: { slug: seed.themeA },
			network: { slug: seed.network }
		});
		expect(first.parties).toEqual([
			{ slug: seed.stockholm, name: 'Stockholms stad', countryCode: 'SE', kind: 'municipality' },
			expect.objectContaining({ name: 'Cape Agulhas', countryCode: 'ZA' })
		]);
		expect(page.data[1]!.network).toBeNull();
		expect(page.data[2]!.parties.map((p) => p.countryCode)).toEqual(['SE', 'GT', 'ZA']);
	});

	it('filters by theme, network and country (any case), and ignores unknown parameters', async () => {
		const total = async (query: string) =>
			partnershipPageSchema.parse((await call(partnershipsGET, `/api/v1/partnerships?${query}`)).body).total;
		expect(await total(`theme=${seed.themeA}`)).toBe(2);
		expect(await total(`theme=${seed.themeB}`)).toBe(4);
		expect(await total(`network=${seed.network}`)).toBe(1);
		expect(await total('country=GT')).toBe(2);
		expect(await total('country=za')).toBe(5);
		expect(await total(`theme=${seed.themeB}&country=GT`)).toBe(1);
		expect(await total('theme=no-such-theme')).toBe(0);
		expect(await total('country=&theme=&colour=blue')).toBe(6);
	});

	it('pages: limit and page, and past the end empty data with the right total', async () => {
		const second = partnershipPageSchema.parse(
			(await call(partnershipsGET, `/api/v1/partnerships?theme=${seed.themeB}&limit=3&page=2`)).body
		);
		expect(second).toMatchObject({ page: 2, limit: 3, total: 4 });
		expect(second.data.map((p) => p.slug)).toEqual(seed.partnershipSlugs.slice(5));
		const beyond = await call(partnershipsGET, '/api/v1/partnerships?limit=5&page=40');
		expect(beyond.status).toBe(200);
		expect(beyond.body).toEqual({ data: [], page: 40, limit: 5, total: 6 });
	});

	it.each([
		['limit=abc', ['limit']],
		['limit=0', ['limit']],
		['limit=101', ['limit']],
		['page=0&limit=2.5', ['page', 'limit']],
		['country=XYZ', ['country']],
		['country=XX', ['country']]
	])('answers 400 naming each bad parameter for %s', async (query, names) => {
		const { response, status, body } = await call(partnershipsGET, `/api/v1/partnerships?${query}`);
		expect(status).toBe(400);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const { error } = errorSchema.parse(body);
		expect(error.code).toBe('invalid_parameters');
		expect(error.message).toBeTruthy();
		expect(Object.keys(error.parameters ?? {}).sort()).toEqual([...names].sort());
		for (const name of names) expect(error.parameters?.[name]).toMatch(/\w/);
	});

	it('says what a good limit is, and takes a blank limit as the default', async () => {
		const { body } = await call(partnershipsGET, '/api/v1/partnerships?limit=abc');
		expect(errorSchema.parse(body).error.parameters?.limit).toMatch(/\b1\b.*\b100\b/);
		expect(partnershipPageSchema.parse((await call(partnershipsGET, '/api/v1/partnerships?limit=')).body).limit).toBe(
			20
		);
	});
});

describe('GET /api/v1/organisations/{slug}', () => {
	it('answers the organisation with its partnerships', async () => {
		const { status, body } = await call(organisationGET, `/api/v1/organisations/${seed.stockholm}`, {
			slug: seed.stockholm
		});
		expect(status).toBe(200);
		const { data } = organisationDocumentSchema.parse(body);
		expect(data).toMatchObject({
			slug: seed.stockholm,
			name: 'Stockholms stad',
			kind: 'municipality',
			countryCode: 'SE',
			subdivision: 'Stockholm',
			population: 20_000,
			latitude: 59.33,
			longitude: 18.07,
			description: {}
		});
		expect(data.partnerships.map((p) => p.slug)).toEqual([seed.partnershipSlugs[0], seed.partnershipSlugs[2]]);
		expect(data.partnerships[1]!.parties).toHaveLength(3);
	});

	it('answers 404 in JSON for an unknown organisation', async () => {
		const { response, status, body } = await call(organisationGET, '/api/v1/organisations/nowhere', {
			slug: 'nowhere'
		});
		expect(status).toBe(404);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(errorSchema.parse(body).error.code).toBe('not_found');
	});

	it('answers 404 in JSON for an address that names no endpoint', async () => {
		const { status, body } = await call(fallback, '/api/v1/nothing-here', { path: 'nothing-here' });
		expect(status).toBe(404);
		expect(errorSchema.parse(body).error.code).toBe('not_found');
	});
});
