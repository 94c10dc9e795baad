import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataGeneration, listenForChanges } from '$lib/server/cache/changes';
import { db } from '$lib/server/db/client';
import { auditEvents, users } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { addProjectMember } from '$lib/server/domain/governance/add-project-member';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import { publicPartnershipDetails } from '$lib/server/domain/partnerships/public';
import { namedPlaces, withdrawConsent } from '$lib/server/domain/privacy/consent';
import { GET as exportJson } from '../../src/routes/[lang=lang]/(workspace)/workspace/settings/privacy/export.json/+server';
import { makeOrganisation, makePublicPartnership, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';

const test = useTestDatabase();
let stop: () => Promise<void>;
beforeAll(async () => {
	stop = await listenForChanges(test.database());
});
afterAll(async () => {
	await stop();
});

async function changeSeen(since: number) {
	const deadline = Date.now() + 5_000;
	while (dataGeneration() === since) {
		if (Date.now() > deadline) throw new Error('no change notification within 5 s');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

async function governedPartnership() {
	const sweden = await makeOrganisation();
	const abroad = await makeOrganisation({ countryCode: 'ZA' });
	const partnership = await makePublicPartnership({ partyIds: [sweden.id, abroad.id] });
	const person = await makeUser();
	await db().update(users).set({ name: 'Elin Rask' }).where(eq(users.id, person.id));
	await addSteeringMember(staff, partnership.id, {
		name: 'Elin Rask',
		email: person.email,
		organisationId: sweden.id,
		politicalParty: 'Moderaterna',
		standing: 'opposition',
		listedPublicly: true
	});
	await addProjectMember(staff, partnership.id, {
		name: 'Elin Rask',
		email: person.email,
		title: 'Planeringschef',
		organisationId: sweden.id,
		listedPublicly: true
	});
	await addSteeringMember(staff, partnership.id, {
		name: 'Sipho Dlamini',
		organisationId: abroad.id,
		politicalParty: 'ANC',
		standing: 'majority',
		listedPublicly: true
	});
	return { partnership, person };
}

const publicNames = async (partnershipId: string) => {
	const details = await publicPartnershipDetails(partnershipId);
	return [...details.steeringGroup, ...details.projectGroup].map((m) => m.name);
};

describe('consent to be named publicly', () => {
	it('is withdrawn per seat or everywhere, and the name leaves public pages at once', async () => {
		const { partnership, person } = await governedPartnership();
		expect((await publicNames(partnership.id)).sort()).toEqual(['Elin Rask', 'Elin Rask', 'Sipho Dlamini']);

		const places = await namedPlaces(person.actor);
		expect(places.map((p) => [p.kind, p.listedPublicly])).toEqual([
			['steering', true],
			['project', true]
		]);
		const generation = dataGeneration();
		expect(await withdrawConsent(person.actor, { kind: 'steering', id: places[0]!.id })).toBe(1);
		// The change notifies the read cache, so no cached public read keeps the name (decision 0007).
		await changeSeen(generation);
		expect((await publicNames(partnership.id)).sort()).toEqual(['Elin Rask', 'Sipho Dlamini', null].sort());

		expect(await withdrawConsent(person.actor, { kind: 'all' })).toBe(1);
		expect((await publicNames(partnership.id)).filter(Boolean)).toEqual(['Sipho Dlamini']);
		expect((await publicPartnershipDetails(partnership.id)).projectGroup[0]).toMatchObject({ name: null, title: null });
		// Withdrawing again changes nothing and records nothing more.
		expect(await withdrawConsent(person.actor, { kind: 'all' })).toBe(0);
		const recorded = await db().select().from(auditEvents).where(eq(auditEvents.actorUserId, person.id));
		expect(recorded.map((r) => r.action).sort()).toEqual([
			'partnership.project_member_updated',
			'partnership.steering_member_updated'
		]);
	});

	it('touches only the person’s own seats', async () => {
		const { partnership, person } = await governedPartnership();
		const stranger = await makeUser();
		const [seat] = await namedPlaces(person.actor);
		await expect(withdrawConsent(stranger.actor, { kind: 'steering', id: seat!.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(withdrawConsent(anonymous, { kind: 'all' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(withdrawConsent(person.actor, { kind: 'steering', id: 'not-an-id' })).rejects.toMatchObject({
			code: 'invalid'
		});
		expect(await withdrawConsent(stranger.actor, { kind: 'all' })).toBe(0);
		expect((await publicNames(partnership.id)).filter(Boolean)).toHaveLength(3);
	});
});

describe('the JSON download', () => {
	it('is an attachment of the signed-in person’s data, never cached', async () => {
		const { person } = await governedPartnership();
		const url = new URL('http://localhost/sv/workspace/settings/privacy/export.json');
		const response = await exportJson({
			url,
			locals: { actor: person.actor, user: { id: person.id }, locale: 'sv' }
		} as never);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="glokal-personal-data-\d{4}-\d{2}-\d{2}\.json"$/
		);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = await response.json();
		expect(body.person.email).toBe(person.email);
		expect(body.steeringGroups).toHaveLength(1);
		expect(JSON.stringify(body)).not.toContain('Sipho Dlamini');
	});
});
