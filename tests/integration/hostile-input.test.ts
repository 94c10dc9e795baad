import { isActionFailure } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { previewOrganisationImport } from '$lib/server/domain/organisations/import-organisations';
import { unreadableAddress } from '$lib/server/request-checks';
import { actions as newNetwork } from '../../src/routes/[lang=lang]/(admin)/admin/networks/new/+page.server';
import * as calls from '../../src/routes/api/v1/calls/+server';
import * as call from '../../src/routes/api/v1/calls/[id]/+server';
import * as callProfiles from '../../src/routes/api/v1/calls/[id]/profiles/+server';
import * as notes from '../../src/routes/api/v1/expressions/[id]/notes/+server';
import * as review from '../../src/routes/api/v1/expressions/[id]/review/+server';
import * as networks from '../../src/routes/api/v1/networks/+server';
import * as network from '../../src/routes/api/v1/networks/[id]/+server';
import * as organisations from '../../src/routes/api/v1/organisations/+server';
import * as organisation from '../../src/routes/api/v1/organisations/[slug]/+server';
import * as partnerships from '../../src/routes/api/v1/partnerships/+server';
import * as partnership from '../../src/routes/api/v1/partnerships/[id]/+server';
import * as executors from '../../src/routes/api/v1/partnerships/[id]/executors/+server';
import * as plan from '../../src/routes/api/v1/partnerships/[id]/plan/+server';
import * as projectGroup from '../../src/routes/api/v1/partnerships/[id]/project-group/+server';
import * as results from '../../src/routes/api/v1/partnerships/[id]/results/+server';
import * as indicators from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/+server';
import * as steeringGroup from '../../src/routes/api/v1/partnerships/[id]/steering-group/+server';
import * as tokens from '../../src/routes/api/v1/tokens/+server';
import {
	makeNetwork,
	makeOrganisation,
	makePartnership,
	makeProgramme,
	makeTheme,
	makeUser,
	TEST_PASSWORD
} from '../factories';
import { makeCall, makeExpression } from '../factories/calls';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';

// Hostile input answers 4xx with a message, never 500: NUL and lone surrogates in any text (PostgreSQL
// refuses both), in the API and in forms; NUL in addresses; bodies that are not JSON or too large;
// a network slug that is taken.

useTestDatabase();

let staff: Actor;
let coordinator: Actor;
type Named =
	| 'programme'
	| 'theme'
	| 'own'
	| 'ownSlug'
	| 'partner'
	| 'other'
	| 'colombian'
	| 'network'
	| 'partnership'
	| 'result'
	| 'call'
	| 'expression';
const ids = {} as Record<Named, string>;

beforeAll(async () => {
	ids.programme = (await makeProgramme()).id;
	ids.theme = (await makeTheme()).id;
	const own = await makeOrganisation({ name: 'Ale kommun (fientlig)' });
	ids.own = own.id;
	ids.ownSlug = own.slug;
	ids.partner = (await makeOrganisation({ countryCode: 'BW', name: 'Ghanzi (fientlig)' })).id;
	ids.other = (await makeOrganisation({ countryCode: 'MD', name: 'Budești (fientlig)' })).id;
	staff = (await makeUser({ staff: true })).actor;
	coordinator = (await makeUser({ organisationId: own.id, role: 'coordinator' })).actor;
	ids.network = (await makeNetwork({ programmeId: ids.programme, themeId: ids.theme })).id;
	ids.partnership = (
		await makePartnership({ programmeId: ids.programme, themeId: ids.theme, partyIds: [own.id, ids.partner] })
	).id;
	const result = await api(results.POST, 'POST', '/api/v1/', {
		actor: staff,
		params: { id: ids.partnership },
		body: { kind: 'output', title: { sv: 'Fler elever' } }
	});
	ids.result = (result.body as { data: { id: string } }).data.id;
	ids.call = (await makeCall()).id;
	ids.expression = (await makeExpression(ids.call)).expression.id;
	ids.colombian = (await makeOrganisation({ countryCode: 'CO', name: 'Jamundí (fientlig)', population: 50_000 })).id;
});

type Case = {
	name: string;
	handler: Handler;
	method: string;
	params?: () => Record<string, string>;
	actor?: () => Actor;
	body: () => Record<string, unknown>;
	/** The text fields to poison, by their dotted path. */
	fields: string[];
};

const cases: Case[] = [
	{
		name: 'POST /partnerships',
		handler: partnerships.POST,
		method: 'POST',
		body: () => ({
			programmeId: ids.programme,
			themeId: ids.theme,
			title: { sv: 'Skolan' },
			partyIds: [ids.own, ids.partner]
		}),
		fields: ['title.sv']
	},
	{
		name: 'PATCH /partnerships/{id}',
		handler: partnership.PATCH,
		method: 'PATCH',
		params: () => ({ id: ids.partnership }),
		actor: () => coordinator,
		body: () => ({ title: { sv: 'Inga avhopp' }, challenge: { en: 'Dropouts' } }),
		fields: ['title.sv', 'challenge.en']
	},
	{
		name: 'POST steering member',
		handler: steeringGroup.POST,
		method: 'POST',
		params: () => ({ id: ids.partnership }),
		body: () => ({
			name: 'Anna Lindgren',
			organisationId: ids.own,
			politicalParty: 'S',
			standing: 'majority',
			role: 'member'
		}),
		fields: ['name', 'politicalParty']
	},
	{
		name: 'POST project member',
		handler: projectGroup.POST,
		method: 'POST',
		params: () => ({ id: ids.partnership }),
		body: () => ({ name: 'Erik Berg', organisationId: ids.partner, role: 'member' }),
		fields: ['name']
	},
	{
		name: 'POST executor',
		handler: executors.POST,
		method: 'POST',
		params: () => ({ id: ids.partnership }),
		body: () => ({ organisationId: ids.other, tasks: { sv: 'Utbildar lärare' } }),
		fields: ['tasks.sv']
	},
	{
		name: 'PUT plan',
		handler: plan.PUT,
		method: 'PUT',
		params: () => ({ id: ids.partnership }),
		body: () => ({
			objectives: { sv: 'Färre avhopp' },
			principles: ['participation'],
			sdgGoals: [4],
			sdgTargets: ['4.1']
		}),
		fields: ['objectives.sv']
	},
	{
		name: 'POST result',
		handler: results.POST,
		method: 'POST',
		params: () => ({ id: ids.partnership }),
		body: () => ({ kind: 'output', title: { sv: 'Fler elever fullföljer' }, description: { es: 'Más alumnos' } }),
		fields: ['title.sv', 'description.es']
	},
	{
		name: 'POST indicator',
		handler: indicators.POST,
		method: 'POST',
		params: () => ({ id: ids.partnership, resultId: ids.result }),
		body: () => ({
			kind: 'quantitative',
			name: { sv: 'Andel' },
			unit: '%',
			baselineValue: 60,
			baselineYear: 2024,
			targetValue: 80
		}),
		fields: ['name.sv', 'unit']
	},
	{
		name: 'POST /networks',
		handler: networks.POST,
		method: 'POST',
		body: () => ({
			programmeId: ids.programme,
			themeId: ids.theme,
			name: { sv: 'Nätverk fientligt' },
			startYear: 2025,
			endYear: 2026
		}),
		fields: ['name.sv']
	},
	{
		name: 'PATCH /networks/{id}',
		handler: network.PATCH,
		method: 'PATCH',
		params: () => ({ id: ids.network }),
		body: () => ({ description: { en: 'Schools' } }),
		fields: ['description.en']
	},
	{
		name: 'POST /organisations',
		handler: organisations.POST,
		method: 'POST',
		body: () => ({ name: 'Kungsörs kommun', kind: 'municipality', countryCode: 'SE', subdivision: 'Västmanland' }),
		fields: ['name', 'subdivision']
	},
	{
		name: 'PATCH /organisations/{slug}',
		handler: organisation.PATCH,
		method: 'PATCH',
		params: () => ({ slug: ids.ownSlug }),
		body: () => ({ subdivision: 'Västra Götaland' }),
		fields: ['subdivision']
	},
	{
		name: 'POST /calls',
		handler: calls.POST,
		method: 'POST',
		body: () => ({
			programmeId: ids.programme,
			kind: 'partner_search',
			title: { sv: 'Kommuner söker' },
			opensAt: '2027-01-10T08:00:00Z',
			closesAt: '2027-03-10T22:59:00Z'
		}),
		fields: ['title.sv']
	},
	{
		name: 'PATCH /calls/{id}',
		handler: call.PATCH,
		method: 'PATCH',
		params: () => ({ id: ids.call }),
		body: () => ({ title: { sv: 'Ny rubrik' } }),
		fields: ['title.sv']
	},
	{
		name: 'POST profile',
		handler: callProfiles.POST,
		method: 'POST',
		params: () => ({ id: ids.call }),
		body: () => ({
			themeId: ids.theme,
			organisationId: ids.colombian,
			challenge: { es: 'Deserción' },
			hopes: { es: 'Orientación' },
			contactRole: { es: 'Secretaría' }
		}),
		fields: ['challenge.es', 'contactRole.es']
	},
	{
		name: 'POST note',
		handler: notes.POST,
		method: 'POST',
		params: () => ({ id: ids.expression }),
		body: () => ({ body: 'Ringde kommunen.' }),
		fields: ['body']
	},
	{
		name: 'PUT review',
		handler: review.PUT,
		method: 'PUT',
		params: () => ({ id: ids.expression }),
		body: () => ({ scores: { anchoring: { score: 4, comment: 'Bra' }, capacity: { score: 3 } } }),
		fields: ['scores.anchoring.comment']
	},
	{
		name: 'POST /tokens',
		handler: tokens.POST,
		method: 'POST',
		actor: () => coordinator,
		body: () => ({ name: 'Rapporter', password: TEST_PASSWORD }),
		fields: ['name']
	}
];

function poisoned(body: Record<string, unknown>, path: string, text: string) {
	const copy = structuredClone(body);
	const steps = path.split('.');
	let target = copy;
	for (const step of steps.slice(0, -1)) target = target[step] as Record<string, unknown>;
	target[steps.at(-1)!] = text;
	return copy;
}

const auditCount = () => db().$count(auditEvents);

describe('a NUL or half an emoji in any text answers 400 naming the field, and writes nothing', () => {
	it.each(cases)('$name', async ({ handler, method, params, actor, body, fields }) => {
		const send = (sent: unknown) =>
			api(handler, method, '/api/v1/', { actor: actor?.() ?? staff, params: params?.() ?? {}, body: sent });
		const before = await auditCount();
		for (const field of fields)
			for (const text of ['Ale\u0000kommun', 'Åmål \ud800', '\udc00😀']) {
				const answer = await send(poisoned(body(), field, text));
				expect(answer.status, `${field}: ${JSON.stringify(text)} ${JSON.stringify(answer.body)}`).toBe(400);
				expect(answer.body).toEqual({
					error: {
						code: 'invalid_input',
						message: m.api_error_invalid_input(),
						fields: { [field]: m.validation_unreadable_text() }
					}
				});
			}
		expect(await auditCount()).toBe(before);
		// The same body without the bad character is accepted: the refusal was the character's alone.
		const accepted = await send(body());
		expect(accepted.status, JSON.stringify(accepted.body)).toBeLessThan(300);
	});

	it('keys too: a review score under a NUL key is refused', async () => {
		const answer = await api(review.PUT, 'PUT', '/api/v1/', {
			actor: staff,
			params: { id: ids.expression },
			body: { scores: { 'anchoring\u0000': { score: 4 } } }
		});
		expect(answer.status).toBe(400);
		expect((answer.body.error as { fields: Record<string, string> }).fields.scores).toBe(
			m.validation_unreadable_text()
		);
	});

	it('a form shows the message next to the field and keeps what was typed', async () => {
		const url = new URL('http://localhost/sv/admin/networks/new?/save');
		const form = new FormData();
		for (const [key, value] of Object.entries({
			programmeId: ids.programme,
			themeId: ids.theme,
			'name.sv': 'Skol\u0000nätverk',
			'description.en': 'Schools\u0000',
			startYear: '2025'
		}))
			form.set(key, value);
		const before = await auditCount();
		const result = await newNetwork.save!({
			url,
			params: { lang: 'sv' },
			request: new Request(url, { method: 'POST', body: form }),
			locals: { requestId: 'test', actor: staff, locale: 'sv' }
		} as never);
		expect(isActionFailure(result)).toBe(true);
		const { status, data } = result as {
			status: number;
			data: { errors: Record<string, string>; values: Record<string, string> };
		};
		expect(status).toBe(400);
		expect(data.errors['name.sv']).toBe(m.validation_unreadable_text());
		expect(data.errors['description.en']).toBe(m.validation_unreadable_text());
		expect(data.values['name.sv']).toBe('Skol\u0000nätverk');
		expect(await auditCount()).toBe(before);
	});

	it('a CSV import names the cell with a NUL byte', async () => {
		const plan = await previewOrganisationImport(staff, {
			csv: 'name,kind,country\nAle\u0000kommun,municipality,SE\n'
		});
		expect(JSON.stringify(plan)).toContain(m.validation_unreadable_text());
	});
});

describe('addresses with a NUL', () => {
	const check = (path: string, params: Record<string, string> = {}) =>
		unreadableAddress({ url: new URL(path, 'http://localhost'), params, locals: { requestId: 'test' } as never });

	it('a query parameter answers 400 with the API envelope naming it', async () => {
		const answer = check('/api/v1/partnerships?network=%00&page=2');
		expect(answer?.status).toBe(400);
		expect(await answer?.json()).toEqual({
			error: {
				code: 'invalid_parameters',
				message: m.api_error_invalid_parameters(),
				parameters: { network: m.validation_unreadable_parameter() }
			}
		});
	});

	it('a route parameter answers 404: under /api the JSON one, on a page the not-found page', async () => {
		const answer = check('/api/v1/organisations/x', { slug: '\u0000' });
		expect(answer?.status).toBe(404);
		expect(((await answer?.json()) as { error: { code: string } }).error.code).toBe('not_found');
		expect(() => check('/sv/partnerships/x', { lang: 'sv', slug: 'a\u0000' })).toThrow(
			expect.objectContaining({ status: 404 })
		);
		expect(() => check('/sv/partnerships?network=%00', { lang: 'sv' })).toThrow(
			expect.objectContaining({ status: 400 })
		);
	});

	it('an address that is fine passes', () => {
		expect(check('/api/v1/partnerships?network=human-rights&q=Åmål 😀', { id: 'abc' })).toBeNull();
	});
});

describe('bodies that are not JSON, not sent as JSON, or too large', () => {
	const raw = (body: BodyInit, headers: Record<string, string>) => {
		const url = new URL('http://localhost/api/v1/networks');
		const request = new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
		return networks.POST({ url, params: {}, request, locals: { requestId: 'test', actor: staff } } as never);
	};

	it('invalid JSON answers 400 naming the body', async () => {
		const answer = await raw('{"name": ', { 'content-type': 'application/json' });
		expect(answer.status).toBe(400);
		expect(((await answer.json()) as { error: { fields: object } }).error.fields).toEqual({
			body: m.api_error_body_not_json()
		});
	});

	it('a form or plain text answers 415', async () => {
		for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
			const answer = await raw('name=x', { 'content-type': type });
			expect(answer.status, type).toBe(415);
			expect(await answer.json()).toEqual({
				error: { code: 'unsupported_media_type', message: m.api_error_content_type() }
			});
		}
	});

	it('a body the server stops reading past its limit answers 413 with the limit', async () => {
		// What adapter-node's request body does past BODY_SIZE_LIMIT: the read fails with status 413.
		const stopped = new ReadableStream({
			start: (controller) => controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }))
		});
		const answer = await raw(stopped, { 'content-type': 'application/json' });
		expect(answer.status).toBe(413);
		expect(await answer.json()).toEqual({
			error: { code: 'too_large', message: m.api_error_too_large({ size: '512 kB' }) }
		});
	});

	it('wrong JSON types, extra fields and huge strings answer 400', async () => {
		const answer = await api(networks.POST, 'POST', '/api/v1/networks', {
			actor: staff,
			body: {
				programmeId: 7,
				themeId: ids.theme,
				name: { sv: 'x'.repeat(1_000_000) },
				startYear: '2025',
				endYear: 2026,
				admin: true
			}
		});
		expect(answer.status).toBe(400);
		expect(Object.keys((answer.body.error as { fields: object }).fields).sort()).toEqual(['name.sv', 'programmeId']);
	});
});

describe('a network slug that is taken', () => {
	it('answers 400 with the slug field’s message, as for calls', async () => {
		const body = {
			programmeId: ids.programme,
			themeId: ids.theme,
			name: { sv: 'Vatten' },
			startYear: 2025,
			endYear: 2026,
			slug: 'vatten-fientlig'
		};
		expect((await api(networks.POST, 'POST', '/api/v1/networks', { actor: staff, body })).status).toBe(201);
		const again = await api(networks.POST, 'POST', '/api/v1/networks', { actor: staff, body });
		expect(again.status).toBe(400);
		expect((again.body.error as { fields: object }).fields).toEqual({ slug: m.admin_slug_taken() });
	});
});
