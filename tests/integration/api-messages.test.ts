import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sv from '../../messages/sv.json';
import en from '../../messages/en.json';
import es from '../../messages/es.json';
import { m } from '$lib/paraglide/messages';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { errorSchema } from '$lib/server/api/schemas';
import { POST as callsPOST } from '../../src/routes/api/v1/calls/+server';
import { PATCH as callPATCH } from '../../src/routes/api/v1/calls/[id]/+server';
import { POST as statusPOST } from '../../src/routes/api/v1/calls/[id]/answers/status/+server';
import { POST as matchesPOST } from '../../src/routes/api/v1/calls/[id]/matches/+server';
import { POST as profilesPOST } from '../../src/routes/api/v1/calls/[id]/profiles/+server';
import { POST as networksPOST } from '../../src/routes/api/v1/networks/+server';
import { POST as organisationsPOST } from '../../src/routes/api/v1/organisations/+server';
import { PATCH as organisationPATCH } from '../../src/routes/api/v1/organisations/[slug]/+server';
import { POST as partnershipsPOST } from '../../src/routes/api/v1/partnerships/+server';
import { PATCH as partnershipPATCH } from '../../src/routes/api/v1/partnerships/[id]/+server';
import { POST as executorsPOST } from '../../src/routes/api/v1/partnerships/[id]/executors/+server';
import { POST as phasePOST } from '../../src/routes/api/v1/partnerships/[id]/phase/+server';
import { PUT as planPUT } from '../../src/routes/api/v1/partnerships/[id]/plan/+server';
import { POST as projectGroupPOST } from '../../src/routes/api/v1/partnerships/[id]/project-group/+server';
import { POST as resultsPOST } from '../../src/routes/api/v1/partnerships/[id]/results/+server';
import { POST as steeringPOST } from '../../src/routes/api/v1/partnerships/[id]/steering-group/+server';
import { POST as tokensPOST } from '../../src/routes/api/v1/tokens/+server';
import { makeOrganisation, makePartnership, makeUser } from '../factories';
import { makeCall } from '../factories/calls';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

// What an API client sends wrong comes back in the request's language, in our words: a body that is
// no object, fields missing, fields of the wrong type. Never zod's own ("förväntat string, fick undefined").

type Locale = 'sv' | 'en' | 'es';
const requests = new AsyncLocalStorage<{ locale?: Locale }>();
beforeAll(() => overwriteServerAsyncLocalStorage(requests));
afterAll(() => overwriteServerAsyncLocalStorage(undefined));

const fieldNames = [
	'name',
	'title',
	'kind',
	'countryCode',
	'population',
	'latitude',
	'website',
	'programmeId',
	'themeId',
	'networkId',
	'partyIds',
	'startYear',
	'endYear',
	'startDate',
	'phase',
	'slug',
	'email',
	'organisationId',
	'politicalParty',
	'standing',
	'role',
	'listedPublicly',
	'tasks',
	'to',
	'reason',
	'expiresInDays',
	'opensAt',
	'closesAt',
	'questions',
	'criteria',
	'challenge',
	'hopes',
	'contactRole',
	'languages',
	'maxMatches',
	'expressionId',
	'profileId',
	'expressionIds',
	'principles',
	'sdgGoals',
	'mutualBenefit',
	'description'
];
const values: unknown[] = ['', 'garbage', 'x'.repeat(30_000), 42, 1.5, true, null, [], ['garbage'], {}];
const bodies: unknown[] = [
	[],
	'text',
	42,
	{},
	...values.map((value) => Object.fromEntries(fieldNames.map((name) => [name, value])))
];

function patterns(messages: Record<string, string>): RegExp[] {
	return Object.entries(messages)
		.filter(([key]) => key !== '$schema')
		.map(([, text]) => {
			const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
		});
}
const ours = { sv: patterns(sv), en: patterns(en), es: patterns(es) };
const zodWords = /UUID|\bexpected\b|Invalid|förväntat|förväntade|Inválid|Ogiltig|NaN|received|\bfick\b/;

describe('API writes given garbage', () => {
	it('answer 400 with our own messages, in the request’s language', async () => {
		const officer = await makeUser({ staff: true });
		const partnership = await makePartnership();
		const organisation = await makeOrganisation({ countryCode: 'ZA' });
		const call = await makeCall();
		const writes: [string, Handler, string, Record<string, string>][] = [
			['POST', organisationsPOST, '/api/v1/organisations', {}],
			['PATCH', organisationPATCH, `/api/v1/organisations/${organisation.slug}`, { slug: organisation.slug }],
			['POST', networksPOST, '/api/v1/networks', {}],
			['POST', partnershipsPOST, '/api/v1/partnerships', {}],
			['PATCH', partnershipPATCH, `/api/v1/partnerships/${partnership.id}`, { id: partnership.id }],
			['POST', steeringPOST, `/api/v1/partnerships/${partnership.id}/steering-group`, { id: partnership.id }],
			['POST', projectGroupPOST, `/api/v1/partnerships/${partnership.id}/project-group`, { id: partnership.id }],
			['POST', executorsPOST, `/api/v1/partnerships/${partnership.id}/executors`, { id: partnership.id }],
			['POST', resultsPOST, `/api/v1/partnerships/${partnership.id}/results`, { id: partnership.id }],
			['POST', phasePOST, `/api/v1/partnerships/${partnership.id}/phase`, { id: partnership.id }],
			['PUT', planPUT, `/api/v1/partnerships/${partnership.id}/plan`, { id: partnership.id }],
			['POST', callsPOST, '/api/v1/calls', {}],
			['PATCH', callPATCH, `/api/v1/calls/${call.id}`, { id: call.id }],
			['POST', profilesPOST, `/api/v1/calls/${call.id}/profiles`, { id: call.id }],
			['POST', matchesPOST, `/api/v1/calls/${call.id}/matches`, { id: call.id }],
			['POST', statusPOST, `/api/v1/calls/${call.id}/answers/status`, { id: call.id }],
			['POST', tokensPOST, '/api/v1/tokens', {}]
		];
		const foreign = new Set<string>();
		let invalid = 0;
		for (const locale of ['sv', 'en', 'es'] as const)
			for (const [method, handler, path, params] of writes)
				for (const body of bodies) {
					const answer = await requests.run({ locale }, () =>
						api(handler, method, path, { actor: officer.actor, params, body })
					);
					expect(answer.status, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
					if (answer.status !== 400) continue;
					invalid++;
					const { error } = errorSchema.parse(answer.body);
					expect(error.message).toBe(m.api_error_invalid_input({}, { locale }));
					for (const [field, message] of Object.entries(error.fields ?? {}))
						if (zodWords.test(message) || !ours[locale].some((pattern) => pattern.test(message)))
							foreign.add(`${locale} ${method} ${path} ${field}: ${message}`);
				}
		expect(invalid).toBeGreaterThan(300);
		expect([...foreign]).toEqual([]);
	});

	it('read a population and a latitude as the reader writes them', async () => {
		const officer = await makeUser({ staff: true });
		const created = await requests.run({ locale: 'sv' }, () =>
			api(organisationsPOST, 'POST', '/api/v1/organisations', {
				actor: officer.actor,
				body: {
					name: 'Ale kommun',
					kind: 'municipality',
					countryCode: 'SE',
					population: '32\u00a0000',
					latitude: '57,92'
				}
			})
		);
		expect(created.status).toBe(201);
		expect(created.body.data).toMatchObject({ population: 32_000, latitude: 57.92 });

		const refused = await requests.run({ locale: 'en' }, () =>
			api(organisationsPOST, 'POST', '/api/v1/organisations', {
				actor: officer.actor,
				body: { name: 'Ghanzi', kind: 'municipality', countryCode: 'BW', population: 'about 43 000' }
			})
		);
		expect(errorSchema.parse(refused.body).error.fields).toEqual({
			population: 'Enter the population as a whole number, for example 97,000.'
		});
	});
});
