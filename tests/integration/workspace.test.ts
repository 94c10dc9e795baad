import { describe, expect, it } from 'vitest';
import { listPeople, organisationsOf } from '$lib/server/domain/accounts/queries';
import { listOrganisations } from '$lib/server/domain/organisations/queries';
import { partnershipsOfOrganisations } from '$lib/server/domain/partnerships/queries';
import { makeOrganisation, makePartnership, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

describe('a member’s workspace', () => {
	it('lists my organisations with my role, and their partnerships with all parties', async () => {
		const mine = await makeOrganisation({ name: 'Ale kommun' });
		const partner = await makeOrganisation({ name: 'Ghanzi', countryCode: 'BW' });
		const third = await makeOrganisation({ name: 'Budești', countryCode: 'MD' });
		const someoneElses = await makeOrganisation();
		const ours = await makePartnership({ partyIds: [mine.id, partner.id, third.id] });
		await makePartnership({ partyIds: [someoneElses.id, partner.id] });
		const me = await makeUser({ organisationId: mine.id, role: 'coordinator' });

		const organisations = await organisationsOf(me.id);
		expect(organisations).toEqual([
			expect.objectContaining({ slug: mine.slug, role: 'coordinator', countryCode: 'SE' })
		]);

		const partnerships = await partnershipsOfOrganisations(organisations.map((o) => o.id));
		expect(partnerships.map((p) => p.slug)).toEqual([ours.slug]);
		expect(partnerships[0]!.parties.map((p) => p.name)).toEqual(['Ale kommun', 'Budești', 'Ghanzi']);
	});

	it('has nothing for someone without memberships', async () => {
		const loner = await makeUser();
		expect(await organisationsOf(loner.id)).toEqual([]);
		expect(await partnershipsOfOrganisations([])).toEqual([]);
	});
});

describe('staff lists', () => {
	it('pages people with their memberships', async () => {
		const org = await makeOrganisation();
		const member = await makeUser({ organisationId: org.id, role: 'expert' });
		await makeUser({ staff: true });
		const all = await listPeople({ page: 1, limit: 100 });
		expect(all.total).toBeGreaterThanOrEqual(2);
		const found = all.items.find((p) => p.id === member.id);
		expect(found?.memberships).toEqual([expect.objectContaining({ slug: org.slug, role: 'expert' })]);

		const first = await listPeople({ page: 1, limit: 1 });
		const second = await listPeople({ page: 2, limit: 1 });
		expect(first.items).toHaveLength(1);
		expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
	});

	it('pages organisations by name', async () => {
		// Made out of order, so that only sorting puts them in order; other files' rows may be there or not.
		const made: { id: string }[] = [];
		for (const name of ['Ccc kommun', 'Aaa kommun', 'Bbb kommun']) made.push(await makeOrganisation({ name }));
		const all = await listOrganisations({ page: 1, limit: 1000 });
		expect(all.total).toBe(all.items.length);
		expect(all.total).toBeGreaterThanOrEqual(3);
		const ours = all.items.filter((o) => made.some((m) => m.id === o.id)).map((o) => o.name);
		expect(ours).toEqual(['Aaa kommun', 'Bbb kommun', 'Ccc kommun']);

		const first = await listOrganisations({ page: 1, limit: 2 });
		const second = await listOrganisations({ page: 2, limit: 2 });
		expect(first.total).toBe(all.total);
		expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 4));
		const beyond = await listOrganisations({ page: Math.ceil(all.total / 2) + 1, limit: 2 });
		expect(beyond.items).toEqual([]);
	});
});
