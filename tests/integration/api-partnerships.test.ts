import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { partnershipDetailDocumentSchema } from '$lib/server/domain/partnerships/api/schemas';
import { errorSchema } from '$lib/server/api/schemas';
import { db } from '$lib/server/db/client';
import { partnerships, programmes, themes } from '$lib/server/db/schema';
import { anonymous, type Actor } from '$lib/server/domain/accounts/actor';
import { POST as createPOST } from '../../src/routes/api/v1/partnerships/+server';
import { GET, PATCH } from '../../src/routes/api/v1/partnerships/[id]/+server';
import { POST as partiesPOST } from '../../src/routes/api/v1/partnerships/[id]/parties/+server';
import { DELETE as partyDELETE } from '../../src/routes/api/v1/partnerships/[id]/parties/[organisationId]/+server';
import { POST as phasePOST } from '../../src/routes/api/v1/partnerships/[id]/phase/+server';
import { makeOrganisation, makePartnership, makeUser } from '../factories';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

const get = (id: string, actor: Actor) => api(GET, 'GET', `/api/v1/partnerships/${id}`, { actor, params: { id } });
const patch = (id: string, actor: Actor, body: unknown) =>
	api(PATCH, 'PATCH', `/api/v1/partnerships/${id}`, { actor, body, params: { id } });
const move = (id: string, actor: Actor, body: unknown) =>
	api(phasePOST, 'POST', `/api/v1/partnerships/${id}/phase`, { actor, body, params: { id } });

let s: {
	partnershipId: string;
	slug: string;
	swedishId: string;
	partnerId: string;
	staff: Actor;
	coordinator: Actor;
	member: Actor;
	outsider: Actor;
};

beforeAll(async () => {
	const swedish = await makeOrganisation({ name: 'Jönköpings kommun' });
	const partner = await makeOrganisation({ name: 'Stellenbosch Municipality', countryCode: 'ZA' });
	const partnership = await makePartnership({ partyIds: [swedish.id, partner.id] });
	s = {
		partnershipId: partnership.id,
		slug: partnership.slug,
		swedishId: swedish.id,
		partnerId: partner.id,
		staff: (await makeUser({ staff: true })).actor,
		coordinator: (await makeUser({ organisationId: partner.id, role: 'coordinator' })).actor,
		member: (await makeUser({ organisationId: swedish.id, role: 'member' })).actor,
		outsider: (await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' })).actor
	};
});

describe('POST /api/v1/partnerships', () => {
	it('creates a three-party partnership for staff: 201 with the partnership', async () => {
		const [programme] = await db().select().from(programmes).limit(1);
		const [theme] = await db().select().from(themes).limit(1);
		const ale = await makeOrganisation({ name: 'Ale kommun' });
		const ghanzi = await makeOrganisation({ name: 'Ghanzi District Council', countryCode: 'BW' });
		const budesti = await makeOrganisation({ name: 'Primăria Budești', countryCode: 'MD' });
		const body = {
			programmeId: programme!.id,
			themeId: theme!.id,
			title: { sv: 'Inga avhopp', en: 'No Dropouts' },
			startDate: '2025-01-01',
			endDate: '2027-12-31',
			partyIds: [ghanzi.id, ale.id, budesti.id]
		};
		const { status, body: answer } = await api(createPOST, 'POST', '/api/v1/partnerships', { actor: s.staff, body });
		expect(status).toBe(201);
		const { data } = partnershipDetailDocumentSchema.parse(answer);
		expect(data).toMatchObject({ phase: 'application', title: { en: 'No Dropouts' }, startDate: '2025-01-01' });
		expect(data.parties.map((p) => p.name)).toEqual(['Ale kommun', 'Ghanzi District Council', 'Primăria Budești']);
	});

	it('answers 400 with field errors, 404 to a coordinator and 401 when signed out', async () => {
		const invalid = await api(createPOST, 'POST', '/api/v1/partnerships', {
			actor: s.staff,
			body: { programmeId: 'x', title: {}, partyIds: [s.swedishId] }
		});
		expect(invalid.status).toBe(400);
		const { error } = errorSchema.parse(invalid.body);
		expect(error.code).toBe('invalid_input');
		expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(['programmeId', 'title']));

		expect((await api(createPOST, 'POST', '/api/v1/partnerships', { actor: s.coordinator, body: {} })).status).toBe(
			404
		);
		expect((await api(createPOST, 'POST', '/api/v1/partnerships', { actor: anonymous, body: {} })).status).toBe(401);
	});
});

describe('GET /api/v1/partnerships/{id}', () => {
	it('gives a party’s member the partnership with parties, dates and warnings', async () => {
		const { status, body } = await get(s.partnershipId, s.member);
		expect(status).toBe(200);
		const { data } = partnershipDetailDocumentSchema.parse(body);
		expect(data).toMatchObject({
			id: s.partnershipId,
			slug: s.slug,
			phase: 'application',
			projectStartDate: null,
			projectEndDate: null,
			canEdit: false
		});
		expect(data.parties.map((p) => p.id)).toEqual([s.swedishId, s.partnerId]);
		expect(data.warnings).toContainEqual({
			code: 'steering_majority_missing',
			organisationId: s.partnerId,
			message: expect.stringContaining('Stellenbosch Municipality')
		});
		expect(data.warnings).toContainEqual({ code: 'steering_chair_missing', message: expect.any(String) });
	});

	it('answers 404 to another organisation, for a slug or a made-up id, and 401 when signed out', async () => {
		expect((await get(s.partnershipId, s.outsider)).status).toBe(404);
		expect((await get(s.slug, s.staff)).status).toBe(404);
		expect((await get(crypto.randomUUID(), s.staff)).status).toBe(404);
		expect((await get(s.partnershipId, anonymous)).status).toBe(401);
	});
});

describe('PATCH /api/v1/partnerships/{id}', () => {
	it('lets a coordinator of a party change it, and refuses a member (403) and others (404)', async () => {
		const changed = await patch(s.partnershipId, s.coordinator, { challenge: { en: 'Accessible towns' } });
		expect(changed.status).toBe(200);
		expect(partnershipDetailDocumentSchema.parse(changed.body).data.challenge).toEqual({ en: 'Accessible towns' });
		expect((await patch(s.partnershipId, s.member, { challenge: {} })).status).toBe(403);
		expect((await patch(s.partnershipId, s.outsider, { challenge: {} })).status).toBe(404);
	});

	it('answers 400 naming the field, as the form does', async () => {
		const { status, body } = await patch(s.partnershipId, s.coordinator, { startDate: '2030-01-01' });
		expect(status).toBe(400);
		expect(errorSchema.parse(body).error.fields?.endDate).toBeTruthy();
	});
});

describe('POST /api/v1/partnerships/{id}/phase', () => {
	it('moves for staff only, and refuses the project phase without a project period', async () => {
		expect((await move(s.partnershipId, s.coordinator, { to: 'inception' })).status).toBe(403);
		expect((await move(s.partnershipId, s.outsider, { to: 'inception' })).status).toBe(404);
		const moved = await move(s.partnershipId, s.staff, { to: 'inception' });
		expect(moved.status).toBe(200);
		expect(partnershipDetailDocumentSchema.parse(moved.body).data.phase).toBe('inception');

		const refused = await move(s.partnershipId, s.staff, { to: 'project' });
		expect(refused.status).toBe(400);
		expect(errorSchema.parse(refused.body).error.fields?.to).toMatch(/start- och slutdatum/);

		await db()
			.update(partnerships)
			.set({ projectStartDate: '2025-01-01', projectEndDate: '2026-12-31' })
			.where(eq(partnerships.id, s.partnershipId));
		expect((await move(s.partnershipId, s.staff, { to: 'project' })).status).toBe(200);
	});

	it('wants a reason to terminate', async () => {
		const partnership = await makePartnership();
		const { status, body } = await move(partnership.id, s.staff, { to: 'terminated' });
		expect(status).toBe(400);
		expect(errorSchema.parse(body).error.fields?.reason).toBeTruthy();
		expect((await move(partnership.id, s.staff, { to: 'terminated', reason: 'Avbrutet' })).status).toBe(200);
	});
});

describe('parties through the API', () => {
	it('adds and removes parties for staff, keeping the party rule', async () => {
		const partnership = await makePartnership();
		const third = await makeOrganisation({ countryCode: 'GT' });
		const params = { id: partnership.id };
		const added = await api(partiesPOST, 'POST', `/api/v1/partnerships/${partnership.id}/parties`, {
			actor: s.staff,
			body: { organisationId: third.id },
			params
		});
		expect(added.status).toBe(200);
		expect(partnershipDetailDocumentSchema.parse(added.body).data.parties).toHaveLength(3);

		const remove = (organisationId: string, actor: Actor) =>
			api(partyDELETE, 'DELETE', `/api/v1/partnerships/${partnership.id}/parties/${organisationId}`, {
				actor,
				params: { ...params, organisationId }
			});
		expect((await remove(third.id, s.coordinator)).status).toBe(404);
		const removed = await remove(third.id, s.staff);
		expect(removed.status).toBe(200);
		const [swedish] = partnershipDetailDocumentSchema.parse(removed.body).data.parties;
		const refused = await remove(swedish!.id, s.staff);
		expect(refused.status).toBe(400);
		expect(errorSchema.parse(refused.body).error.fields?.organisationId).toBeTruthy();
	});
});
