import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { partnershipParties, partnerships } from '$lib/server/db/schema';
import { createPartnership } from '$lib/server/domain/partnerships/create-partnership';
import { getPartnershipBySlug, listPartnerships } from '$lib/server/domain/partnerships/queries';
import { AppError } from '$lib/server/errors';
import {
	makeNetwork,
	makeOrganisation,
	makePartnership,
	makePublicPartnership,
	makeProgramme,
	makeTheme,
	makeUser,
	staff
} from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

async function invalid(promise: Promise<unknown>): Promise<Record<string, string>> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe('invalid');
	return (error as AppError).fieldErrors;
}

describe('createPartnership', () => {
	it('creates a partnership with a Swedish and a foreign party and a slug from their names', async () => {
		const pitea = await makeOrganisation({ name: 'Piteå kommun' });
		const chinsali = await makeOrganisation({ name: 'Chinsali', countryCode: 'ZM' });
		const created = await makePartnership({ partyIds: [chinsali.id, pitea.id] });
		expect(created.slug).toBe('pitea-kommun-chinsali');
		const found = await getPartnershipBySlug(created.slug);
		expect(found?.parties.map((p) => p.name)).toEqual(['Piteå kommun', 'Chinsali']);
	});

	it('creates a three-party partnership', async () => {
		const ale = await makeOrganisation({ name: 'Ale kommun' });
		const ghanzi = await makeOrganisation({ name: 'Ghanzi', countryCode: 'BW' });
		const budesti = await makeOrganisation({ name: 'Budești', countryCode: 'MD' });
		const created = await makePartnership({ partyIds: [ale.id, ghanzi.id, budesti.id] });
		expect((await getPartnershipBySlug(created.slug))?.parties).toHaveLength(3);
	});

	it('refuses a partnership without a Swedish party, and writes nothing', async () => {
		const a = await makeOrganisation({ countryCode: 'ZA' });
		const b = await makeOrganisation({ countryCode: 'BW' });
		const before = await db().$count(partnerships);
		const errors = await invalid(makePartnership({ partyIds: [a.id, b.id] }));
		expect(errors.partyIds).toMatch(/svensk/);
		expect(await db().$count(partnerships)).toBe(before);
	});

	it('refuses a single party and a party named twice', async () => {
		const se = await makeOrganisation();
		expect((await invalid(makePartnership({ partyIds: [se.id] }))).partyIds).toBeTruthy();
		expect((await invalid(makePartnership({ partyIds: [se.id, se.id] }))).partyIds).toBeTruthy();
	});

	it('refuses an end date before the start date', async () => {
		const errors = await invalid(makePartnership({ startDate: '2025-01-01', endDate: '2024-01-01' }));
		expect(errors.endDate).toBeTruthy();
	});

	it('refuses unknown parties, themes and networks with a field error', async () => {
		const programme = await makeProgramme();
		const theme = await makeTheme();
		const se = await makeOrganisation();
		const base = { programmeId: programme.id, themeId: theme.id, title: { sv: 'X' } };
		expect(
			(await invalid(createPartnership(staff, { ...base, partyIds: [se.id, crypto.randomUUID()] }))).partyIds
		).toBeTruthy();
		expect((await invalid(makePartnership({ themeId: crypto.randomUUID() }))).themeId).toBeTruthy();
		expect((await invalid(makePartnership({ networkId: crypto.randomUUID() }))).networkId).toBeTruthy();
	});

	it('refuses a title in no language', async () => {
		const errors = await invalid(makePartnership({ title: { sv: '  ' } }));
		expect(errors.title).toBeTruthy();
	});

	it('is refused to anyone but staff, as if it did not exist', async () => {
		const org = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: org.id, role: 'coordinator' });
		const error = await createPartnership(coordinator.actor, {
			programmeId: crypto.randomUUID(),
			themeId: crypto.randomUUID(),
			title: { sv: 'X' },
			partyIds: []
		}).catch((e: unknown) => e);
		expect((error as AppError).code).toBe('not_found');
	});
});

describe('the database holds the party rule too', () => {
	it('refuses at commit a partnership left with one party', async () => {
		const created = await makePartnership();
		const [party] = await db()
			.select()
			.from(partnershipParties)
			.where(eq(partnershipParties.partnershipId, created.id))
			.limit(1);
		await expect(
			db().transaction(async (tx) => {
				await tx.delete(partnershipParties).where(eq(partnershipParties.organisationId, party!.organisationId));
			})
		).rejects.toThrow();
		expect((await getPartnershipBySlug(created.slug))?.parties).toHaveLength(2);
	});

	it('refuses moving the only Swedish party abroad', async () => {
		const se = await makeOrganisation();
		await makePartnership({ partyIds: [se.id, (await makeOrganisation({ countryCode: 'ZA' })).id] });
		await expect(db().execute(sql`update organisations set country_code = 'NO' where id = ${se.id}`)).rejects.toThrow();
	});

	it('refuses an end before the start', async () => {
		const created = await makePartnership();
		await expect(
			db().update(partnerships).set({ endDate: '2020-01-01' }).where(eq(partnerships.id, created.id))
		).rejects.toThrow();
	});
});

describe('listPartnerships', () => {
	it('filters by network, theme and country and pages, with all parties in each row', async () => {
		const network = await makeNetwork();
		const theme = await makeTheme();
		const guatemalan = await makeOrganisation({ countryCode: 'GT' });
		for (let i = 0; i < 3; i++)
			await makePublicPartnership({
				networkId: network.id,
				themeId: theme.id,
				partyIds: [(await makeOrganisation()).id, guatemalan.id]
			});
		const page1 = await listPartnerships({ networkSlug: network.slug, page: 1, limit: 2 });
		expect(page1.total).toBe(3);
		expect(page1.items).toHaveLength(2);
		expect(page1.items[0]!.parties).toHaveLength(2);
		expect(page1.items[0]!.parties[0]!.countryCode).toBe('SE');
		const page2 = await listPartnerships({ networkSlug: network.slug, page: 2, limit: 2 });
		expect(page2.items).toHaveLength(1);
		expect((await listPartnerships({ countryCode: 'GT', page: 1, limit: 10 })).total).toBe(3);
		expect((await listPartnerships({ themeSlug: theme.slug, countryCode: 'ZM', page: 1, limit: 10 })).total).toBe(0);
	});
});

describe('history of creation', () => {
	it('records who created a partnership, its parties and its first phase, in the same transaction', async () => {
		const { auditEvents, partnershipPhaseChanges } = await import('$lib/server/db/schema');
		const staffPerson = await makeUser({ staff: true });
		const se = await makeOrganisation();
		const za = await makeOrganisation({ countryCode: 'ZA' });
		const programme = await makeProgramme();
		const theme = await makeTheme();
		const created = await createPartnership(staffPerson.actor, {
			programmeId: programme.id,
			themeId: theme.id,
			title: { sv: 'Historik' },
			phase: 'inception',
			partyIds: [se.id, za.id]
		});
		const events = await db().select().from(auditEvents).where(eq(auditEvents.partnershipId, created.id));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ action: 'partnership.created', actorUserId: staffPerson.id });
		expect(events[0]!.organisationIds.sort()).toEqual([se.id, za.id].sort());
		const phases = await db()
			.select()
			.from(partnershipPhaseChanges)
			.where(eq(partnershipPhaseChanges.partnershipId, created.id));
		expect(phases).toMatchObject([{ fromPhase: null, toPhase: 'inception', changedByUserId: staffPerson.id }]);
	});

	it('records nothing when the partnership is refused', async () => {
		const { auditEvents } = await import('$lib/server/db/schema');
		const programme = await makeProgramme();
		const theme = await makeTheme();
		const za = await makeOrganisation({ countryCode: 'ZA' });
		const bw = await makeOrganisation({ countryCode: 'BW' });
		const before = await db().$count(auditEvents);
		await invalid(
			createPartnership(staff, {
				programmeId: programme.id,
				themeId: theme.id,
				title: { sv: 'X' },
				partyIds: [za.id, bw.id]
			})
		);
		expect(await db().$count(auditEvents)).toBe(before);
	});
});
