import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { organisations, partnerships } from '$lib/server/db/schema';
import { currentCalls } from '$lib/server/domain/calls/queries';
import { directoryFacets, listDirectory } from '$lib/server/domain/organisations/directory';
import { listPartnerships } from '$lib/server/domain/partnerships/queries';
import { programmeOwner } from '$lib/server/domain/programmes/queries';
import { makeNetwork, makeOrganisation, makePartnership, makeProgramme } from '../factories';
import { makeCall } from '../factories/calls';
import { useTestDatabase } from '../setup/database';

// What a visitor finds on the public pages: the directory of organisations, the home page's latest
// partnerships and open calls, a network's calls, the footer's programme owner.

useTestDatabase();

const DAY = 86_400_000;
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('the directory of organisations (listDirectory)', () => {
	// Names with a marker of this file, so that the organisations factories make do not match the searches.
	const marker = 'Zqx';

	/** An organisation the directory lists: a party to a public partnership (phase project). */
	async function listed(overrides: Parameters<typeof makeOrganisation>[0]) {
		const organisation = await makeOrganisation(overrides);
		const partner = await makeOrganisation({ countryCode: organisation.countryCode === 'SE' ? 'ZA' : 'SE' });
		await makePartnership({ phase: 'project', partyIds: [organisation.id, partner.id] });
		return organisation;
	}
	const search = (filters: Partial<Parameters<typeof listDirectory>[0]>) =>
		listDirectory({ page: 1, limit: 10, ...filters });

	it('finds a name by any part of it, whatever the case and accents', async () => {
		const jonkoping = await listed({ name: `Jönköpings kommun ${marker}` });
		await listed({ name: `Bogotá D.C. ${marker}`, countryCode: 'CO' });
		await listed({ name: `Piteå kommun ${marker}` });

		for (const q of ['Jönköping', 'jönköping', 'JÖNKÖPING', 'jonkoping', 'Jonköpings Kommun', 'köping']) {
			const found = await search({ q });
			expect(names(found.items), q).toEqual([jonkoping.name]);
			expect(found.total, q).toBe(1);
		}
		expect(names((await search({ q: 'bogota' })).items)).toEqual([`Bogotá D.C. ${marker}`]);
		expect(names((await search({ q: marker.toLowerCase() })).items)).toEqual([
			`Bogotá D.C. ${marker}`,
			`Jönköpings kommun ${marker}`,
			`Piteå kommun ${marker}`
		]);
	});

	it('takes % and _ in a search as themselves, not as wildcards', async () => {
		await listed({ name: `Ale kommun ${marker}` });
		expect((await search({ q: '%' })).total).toBe(0);
		expect((await search({ q: 'ale_kommun' })).total).toBe(0);
		expect((await search({ q: `ale kommun ${marker}` })).total).toBe(1);
	});

	it('answers an empty page, not an error, when nothing matches', async () => {
		expect(await search({ q: 'no such municipality anywhere' })).toMatchObject({ items: [], total: 0 });
	});

	it('lists parties to public partnerships and programme owners, not every registered organisation', async () => {
		await makeOrganisation({ name: `Registered ${marker} only` });
		const applicant = await makeOrganisation({ name: `Applicant ${marker} only` });
		const application = await makePartnership({
			phase: 'application',
			partyIds: [applicant.id, (await makeOrganisation({ countryCode: 'ZA' })).id]
		});
		expect((await search({ q: `${marker} only` })).total).toBe(0);

		// The partnership's visibility decides (partnerships/visibility.ts): public from the project phase on.
		await db().update(partnerships).set({ phase: 'project' }).where(eq(partnerships.id, application.id));
		expect(names((await search({ q: `${marker} only` })).items)).toEqual([applicant.name]);

		const programme = await makeProgramme();
		const owners = await search({ kind: 'programme_owner', limit: 100 });
		expect(owners.items.map((o) => o.slug)).toContain(await slugOf(programme.ownerOrganisationId));
	});

	it('filters by country and kind, together with a search', async () => {
		const municipality = await listed({ name: `Municipalidad ${marker} A`, countryCode: 'GT' });
		const university = await listed({ name: `Universidad ${marker} B`, countryCode: 'GT', kind: 'university' });
		await listed({ name: `Municipio ${marker} C`, countryCode: 'MD' });

		const inGuatemala = await search({ countryCode: 'GT' });
		expect(names(inGuatemala.items)).toEqual([municipality.name, university.name]);
		expect(inGuatemala.total).toBe(2);
		expect(names((await search({ countryCode: 'GT', kind: 'university' })).items)).toEqual([university.name]);
		expect((await search({ q: 'municip', countryCode: 'GT' })).total).toBe(1);
		expect((await search({ q: 'universidad', kind: 'municipality' })).total).toBe(0);
	});

	it('pages through the matches in name order and counts them all', async () => {
		for (const letter of ['E', 'C', 'A', 'D', 'B']) await listed({ name: `Paged ${marker} ${letter}` });
		const first = await search({ q: `paged ${marker}`, page: 1, limit: 2 });
		const third = await search({ q: `paged ${marker}`, page: 3, limit: 2 });
		const beyond = await search({ q: `paged ${marker}`, page: 4, limit: 2 });
		expect(names(first.items)).toEqual([`Paged ${marker} A`, `Paged ${marker} B`]);
		expect(names(third.items)).toEqual([`Paged ${marker} E`]);
		expect(beyond.items).toEqual([]);
		expect([first.total, third.total, beyond.total]).toEqual([5, 5, 5]);
	});

	it('offers as filter choices the countries and kinds of the listed organisations', async () => {
		await makeOrganisation({ name: `Unlisted ${marker}`, countryCode: 'ZM', kind: 'civil_society' });
		const facets = await directoryFacets();
		expect(facets.countryCodes).toEqual(expect.arrayContaining(['CO', 'GT', 'MD', 'SE', 'ZA']));
		expect(facets.countryCodes).not.toContain('ZM');
		expect(facets.kinds).toEqual(expect.arrayContaining(['municipality', 'university', 'programme_owner']));
		expect(facets.kinds).not.toContain('civil_society');
	});
});

async function slugOf(organisationId: string) {
	const [row] = await db()
		.select({ slug: organisations.slug })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	return row?.slug;
}

describe('the latest partnerships (listPartnerships, order "recent")', () => {
	it('lists the most recently registered first, also one without dates', async () => {
		// Registered first but starting last: by start date it would come first.
		const first = await makePartnership({ phase: 'project', startDate: '2030-01-01', endDate: '2031-12-31' });
		const second = await makePartnership({ phase: 'project', startDate: '2020-01-01', endDate: '2021-12-31' });
		const undated = await makePartnership({ phase: 'project', startDate: undefined, endDate: undefined });
		// The newest of all, but not public (still an application): the public rule holds in this order too.
		const hidden = await makePartnership({ phase: 'application', startDate: undefined, endDate: undefined });
		await db()
			.update(partnerships)
			.set({ createdAt: new Date(Date.now() - 10 * DAY) })
			.where(eq(partnerships.id, first.id));
		const ours = new Set([first.slug, second.slug, undated.slug, hidden.slug]);
		const slugs = (rows: { slug: string }[]) => rows.map((p) => p.slug).filter((slug) => ours.has(slug));

		const latest = await listPartnerships({ order: 'recent', page: 1, limit: 2 });
		expect(latest.items.map((p) => p.slug)).toEqual([undated.slug, second.slug]);
		expect(slugs((await listPartnerships({ order: 'recent', page: 1, limit: 100 })).items)).toEqual([
			undated.slug,
			second.slug,
			first.slug
		]);
		// The full list keeps its order: the latest start first, undated ones last.
		expect(slugs((await listPartnerships({ page: 1, limit: 100 })).items)).toEqual([
			first.slug,
			second.slug,
			undated.slug
		]);
	});
});

describe('calls that take answers (currentCalls)', () => {
	it('gives the open calls, soonest closing first, and leaves out upcoming, closed and unpublished ones', async () => {
		const now = new Date('2031-06-01T12:00:00Z');
		const at = (days: number) => new Date(now.getTime() + days * DAY);
		const programme = await makeProgramme();
		const later = await makeCall({ programmeId: programme.id, opensAt: at(-5), closesAt: at(20) });
		const sooner = await makeCall({ programmeId: programme.id, opensAt: at(-5), closesAt: at(3) });
		const upcoming = await makeCall({ programmeId: programme.id, opensAt: at(2), closesAt: at(30) });
		await makeCall({ programmeId: programme.id, opensAt: at(-30), closesAt: at(-1) });
		await makeCall({ programmeId: programme.id, opensAt: at(-5), closesAt: now });
		await makeCall({ programmeId: programme.id, opensAt: at(-5), closesAt: at(5), publishedAt: null });

		const open = await currentCalls({ limit: 10 }, now);
		expect(open.map((c) => c.slug)).toEqual([sooner.slug, later.slug]);
		expect(open[0]).toMatchObject({ state: 'open', kind: 'partner_search', closesAt: sooner.closesAt });

		const withUpcoming = await currentCalls({ upcoming: true, limit: 10 }, now);
		expect(withUpcoming.map((c) => c.slug)).toEqual([sooner.slug, later.slug, upcoming.slug]);
		expect(withUpcoming[2]?.state).toBe('upcoming');
		expect((await currentCalls({ limit: 1 }, now)).map((c) => c.slug)).toEqual([sooner.slug]);
	});

	it('keeps to one network when asked', async () => {
		const now = new Date('2032-06-01T12:00:00Z');
		const network = await makeNetwork();
		const ofNetwork = await makeCall({
			networkId: network.id,
			opensAt: new Date(now.getTime() + DAY),
			closesAt: new Date(now.getTime() + 9 * DAY)
		});
		await makeCall({ opensAt: new Date(now.getTime() - DAY), closesAt: new Date(now.getTime() + 9 * DAY) });
		const found = await currentCalls({ networkId: network.id, upcoming: true, limit: 10 }, now);
		expect(found.map((c) => c.slug)).toEqual([ofNetwork.slug]);
		expect(await currentCalls({ networkId: network.id, limit: 10 }, now)).toEqual([]);
	});
});

describe('the programme owner (footer)', () => {
	it('names the first programme and the organisation that runs it', async () => {
		const found = await programmeOwner();
		expect(found?.owner.name).toMatch(/^Owner /);
		expect(found?.owner.slug).toMatch(/^owner-/);
		expect(found?.programme).toEqual({ sv: 'Program', en: 'Programme' });
	});
});
