import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { anonymous } from '$lib/server/domain/accounts/actor';
import * as executors from '../../src/routes/api/v1/partnerships/[id]/executors/+server';
import * as governance from '../../src/routes/api/v1/partnerships/[id]/governance/+server';
import * as phase from '../../src/routes/api/v1/partnerships/[id]/phase/+server';
import * as plan from '../../src/routes/api/v1/partnerships/[id]/plan/+server';
import * as projectGroup from '../../src/routes/api/v1/partnerships/[id]/project-group/+server';
import * as projectMember from '../../src/routes/api/v1/partnerships/[id]/project-group/[memberId]/+server';
import * as party from '../../src/routes/api/v1/partnerships/[id]/parties/[organisationId]/+server';
import * as parties from '../../src/routes/api/v1/partnerships/[id]/parties/+server';
import * as indicators from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/+server';
import * as periods from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/indicators/[indicatorId]/periods/+server';
import * as result from '../../src/routes/api/v1/partnerships/[id]/results/[resultId]/+server';
import * as results from '../../src/routes/api/v1/partnerships/[id]/results/+server';
import * as steeringGroup from '../../src/routes/api/v1/partnerships/[id]/steering-group/+server';
import * as steeringMember from '../../src/routes/api/v1/partnerships/[id]/steering-group/[memberId]/+server';
import * as partnership from '../../src/routes/api/v1/partnerships/[id]/+server';
import * as partnershipList from '../../src/routes/api/v1/partnerships/+server';
import { makeOrganisation, makePartnership, makeProgramme, makeTheme, makeUser } from '../factories';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { changedTables, fingerprint } from './snapshot';

// Every role × every read and write of the partnership workspace, through the API, with the status each
// must get. Each cell runs on a fresh partnership (and fresh rows to change), so one cell's write never
// decides another's answer. A refused write must also leave every table as it was.

useTestDatabase();

type Role = 'staff' | 'coordinator' | 'member' | 'otherCoordinator' | 'signedOut';
const roles: Role[] = ['staff', 'coordinator', 'member', 'otherCoordinator', 'signedOut'];

type Target = { id: string; swedishId: string; partnerId: string; outsiderId: string; params: Record<string, string> };

type Cell = {
	name: string;
	handler: Handler;
	method: string;
	/** Extra rows a write needs (a member to change, a result to add to), made by staff before the call. */
	prepare?: (target: Target) => Promise<Record<string, string>>;
	body?: (target: Target) => unknown;
	expect: Record<Role, number>;
};

const read = { staff: 200, coordinator: 200, member: 200, otherCoordinator: 404, signedOut: 401 };
const write = (ok: number) => ({ staff: ok, coordinator: ok, member: 403, otherCoordinator: 404, signedOut: 401 });
const staffOnly = (ok: number) => ({ staff: ok, coordinator: 403, member: 403, otherCoordinator: 404, signedOut: 401 });

const politician = (t: Target) => ({
	name: 'Anna Lindgren',
	organisationId: t.swedishId,
	politicalParty: 'Socialdemokraterna',
	standing: 'majority',
	role: 'member'
});
const official = (t: Target) => ({ name: 'Erik Berg', organisationId: t.partnerId, role: 'member' });
const aResult = { kind: 'output', title: { sv: 'Fler elever fullföljer skolan' } };
const anIndicator = {
	kind: 'quantitative',
	name: { sv: 'Andel som fullföljer' },
	unit: '%',
	baselineValue: 60,
	baselineYear: 2024,
	targetValue: 80
};

async function call(handler: Handler, method: string, params: Record<string, string>, actor: Actor, body?: unknown) {
	return (await api(handler, method, `/api/v1/partnerships/${params.id ?? ''}`, { actor, params, body })).status;
}

async function addRow(handler: Handler, params: Record<string, string>, body: unknown): Promise<string> {
	const answer = await api(handler, 'POST', '/api/v1/', { actor: systemStaffUser, params, body });
	expect(answer.status).toBe(201);
	return (answer.body as { data: { id: string } }).data.id;
}

let systemStaffUser: Actor;
let actors: Record<Role, Actor>;
let programmeId: string;
let themeId: string;
let ownSwedish: string;
let otherSwedish: string;

beforeAll(async () => {
	programmeId = (await makeProgramme()).id;
	themeId = (await makeTheme()).id;
	ownSwedish = (await makeOrganisation({ name: 'Ale kommun (matris)' })).id;
	otherSwedish = (await makeOrganisation({ name: 'Lunds kommun (matris)' })).id;
	systemStaffUser = (await makeUser({ staff: true })).actor;
	actors = {
		staff: systemStaffUser,
		coordinator: (await makeUser({ organisationId: ownSwedish, role: 'coordinator' })).actor,
		member: (await makeUser({ organisationId: ownSwedish, role: 'member' })).actor,
		otherCoordinator: (await makeUser({ organisationId: otherSwedish, role: 'coordinator' })).actor,
		signedOut: anonymous
	};
});

/** A partnership of the coordinator's organisation and a partner abroad, plus an organisation outside it. */
async function freshTarget(): Promise<Target> {
	const partnerId = (await makeOrganisation({ countryCode: 'BW', name: `Ghanzi ${crypto.randomUUID().slice(0, 6)}` }))
		.id;
	const outsiderId = (await makeOrganisation({ countryCode: 'MD', name: `Budești ${crypto.randomUUID().slice(0, 6)}` }))
		.id;
	const created = await makePartnership({ programmeId, themeId, partyIds: [ownSwedish, partnerId] });
	return { id: created.id, swedishId: ownSwedish, partnerId, outsiderId, params: { id: created.id } };
}

const cells: Cell[] = [
	{ name: 'GET partnership', handler: partnership.GET, method: 'GET', expect: read },
	{
		name: 'PATCH partnership',
		handler: partnership.PATCH,
		method: 'PATCH',
		body: () => ({ title: { sv: 'Inga avhopp' } }),
		expect: write(200)
	},
	{
		name: 'POST phase',
		handler: phase.POST,
		method: 'POST',
		body: () => ({ to: 'inception' }),
		expect: staffOnly(200)
	},
	{
		name: 'POST party',
		handler: parties.POST,
		method: 'POST',
		body: (t) => ({ organisationId: t.outsiderId }),
		expect: staffOnly(200)
	},
	{
		name: 'DELETE party',
		handler: party.DELETE,
		method: 'DELETE',
		prepare: async (t) => {
			expect(await call(parties.POST, 'POST', t.params, systemStaffUser, { organisationId: t.outsiderId })).toBe(200);
			return { organisationId: t.outsiderId };
		},
		expect: staffOnly(200)
	},
	{ name: 'GET governance', handler: governance.GET, method: 'GET', expect: read },
	{ name: 'GET steering group', handler: steeringGroup.GET, method: 'GET', expect: read },
	{ name: 'POST steering member', handler: steeringGroup.POST, method: 'POST', body: politician, expect: write(201) },
	{
		name: 'PATCH steering member',
		handler: steeringMember.PATCH,
		method: 'PATCH',
		prepare: async (t) => ({ memberId: await addRow(steeringGroup.POST, t.params, politician(t)) }),
		body: () => ({ standing: 'opposition' }),
		expect: write(200)
	},
	{
		name: 'DELETE steering member',
		handler: steeringMember.DELETE,
		method: 'DELETE',
		prepare: async (t) => ({ memberId: await addRow(steeringGroup.POST, t.params, politician(t)) }),
		expect: write(204)
	},
	{ name: 'GET project group', handler: projectGroup.GET, method: 'GET', expect: read },
	{ name: 'POST project member', handler: projectGroup.POST, method: 'POST', body: official, expect: write(201) },
	{
		name: 'DELETE project member',
		handler: projectMember.DELETE,
		method: 'DELETE',
		prepare: async (t) => ({ memberId: await addRow(projectGroup.POST, t.params, official(t)) }),
		expect: write(204)
	},
	{ name: 'GET executors', handler: executors.GET, method: 'GET', expect: read },
	{
		name: 'POST executor',
		handler: executors.POST,
		method: 'POST',
		body: (t) => ({ organisationId: t.outsiderId, tasks: { sv: 'Utbildar lärare' } }),
		expect: write(201)
	},
	{ name: 'GET plan', handler: plan.GET, method: 'GET', expect: read },
	{
		name: 'PUT plan',
		handler: plan.PUT,
		method: 'PUT',
		body: () => ({
			objectives: { sv: 'Färre avhopp' },
			principles: ['participation'],
			sdgGoals: [4],
			sdgTargets: ['4.1']
		}),
		expect: write(200)
	},
	{ name: 'GET results', handler: results.GET, method: 'GET', expect: read },
	{ name: 'POST result', handler: results.POST, method: 'POST', body: () => aResult, expect: write(201) },
	{
		name: 'PATCH result',
		handler: result.PATCH,
		method: 'PATCH',
		prepare: async (t) => ({ resultId: await addRow(results.POST, t.params, aResult) }),
		body: () => ({ kind: 'outcome' }),
		expect: write(200)
	},
	{
		name: 'DELETE result',
		handler: result.DELETE,
		method: 'DELETE',
		prepare: async (t) => ({ resultId: await addRow(results.POST, t.params, aResult) }),
		expect: write(204)
	},
	{
		name: 'POST indicator',
		handler: indicators.POST,
		method: 'POST',
		prepare: async (t) => ({ resultId: await addRow(results.POST, t.params, aResult) }),
		body: () => anIndicator,
		expect: write(201)
	},
	{
		name: 'POST period',
		handler: periods.POST,
		method: 'POST',
		prepare: async (t) => {
			const resultId = await addRow(results.POST, t.params, aResult);
			const indicatorId = await addRow(indicators.POST, { ...t.params, resultId }, anIndicator);
			return { resultId, indicatorId };
		},
		body: () => ({ periodStart: '2025-01-01', periodEnd: '2025-12-31', actualValue: 70 }),
		expect: write(201)
	}
];

describe('who may read and change a partnership, through the API', () => {
	for (const cell of cells) {
		it.each(roles)(`${cell.name}: %s`, async (role) => {
			const target = await freshTarget();
			const extra = cell.prepare ? await cell.prepare(target) : {};
			const write = cell.method !== 'GET';
			const before = write ? await fingerprint() : undefined;
			const status = await call(
				cell.handler,
				cell.method,
				{ ...target.params, ...extra },
				actors[role],
				cell.body?.(target)
			);
			expect(status).toBe(cell.expect[role]);
			if (!before) return;
			// A write changes something when it is allowed, and nothing at all when it is refused.
			const changed = changedTables(before, await fingerprint());
			if (status >= 400) expect(changed).toEqual([]);
			else expect(changed).not.toEqual([]);
		});
	}

	it.each(roles)('POST partnership (staff only): %s', async (role) => {
		const partnerId = (await makeOrganisation({ countryCode: 'ZM' })).id;
		const before = await fingerprint();
		const status = await call(partnershipList.POST, 'POST', {}, actors[role], {
			programmeId,
			themeId,
			title: { sv: 'Nytt partnerskap' },
			partyIds: [ownSwedish, partnerId]
		});
		expect(status).toBe({ staff: 201, coordinator: 404, member: 404, otherCoordinator: 404, signedOut: 401 }[role]);
		const changed = changedTables(before, await fingerprint());
		if (role === 'staff') expect(changed).toContain('partnerships');
		else expect(changed).toEqual([]);
	});
});
