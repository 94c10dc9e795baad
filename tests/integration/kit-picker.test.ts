import { isHttpError, isRedirect } from '@sveltejs/kit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { organisations, partnerships } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { PICK_LIMIT } from '$lib/server/domain/organisations/pick';
import { GET as organisationSearch } from '../../src/routes/[lang=lang]/(admin)/admin/search/organisations/+server';
import { actions as newPartnership } from '../../src/routes/[lang=lang]/(admin)/admin/partnerships/new/+page.server';
import { GET as executorSearch } from '../../src/routes/[lang=lang]/(workspace)/workspace/partnerships/[slug]/governance/executors/+server';
import { makeOrganisation, makePartnership, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

type Found = { items: { id: string; label: string }[]; more: boolean };

/** Calls a search endpoint as `actor`; a refusal comes back as its status. */
async function search(
	handler: (event: never) => Response | Promise<Response>,
	actor: Actor,
	q: string,
	params: Record<string, string> = {}
): Promise<{ status: number; body?: Found; ms: number }> {
	const url = new URL(`http://localhost/sv/search?q=${encodeURIComponent(q)}`);
	const started = performance.now();
	try {
		const response = await handler({
			url,
			params: { lang: 'sv', ...params },
			locals: { actor, locale: 'sv' }
		} as never);
		return { status: response.status, body: (await response.json()) as Found, ms: performance.now() - started };
	} catch (thrown) {
		if (isHttpError(thrown)) return { status: thrown.status, ms: performance.now() - started };
		throw thrown;
	}
}

/** Many organisations at once (one insert): the picker must not list them all. */
async function manyOrganisations(n: number) {
	await db()
		.insert(organisations)
		.values(
			Array.from({ length: n }, (_, i) => ({
				slug: `bulk-kommun-${i}`,
				name: `Bulk kommun ${String(i).padStart(4, '0')}`,
				kind: 'municipality' as const,
				countryCode: 'SE'
			}))
		);
}

describe('the organisation search of staff forms', () => {
	it('finds names ignoring case and accents, at most 20, and says there are more', async () => {
		const officer = await makeUser({ staff: true });
		const bogota = await makeOrganisation({ name: 'Alcaldía de Bogotá', countryCode: 'CO', kind: 'municipality' });
		const jonkoping = await makeOrganisation({ name: 'Jönköpings kommun' });
		await manyOrganisations(400);

		const accents = await search(organisationSearch, officer.actor, 'BOGOTA');
		expect(accents.status).toBe(200);
		expect(accents.body).toEqual({ items: [{ id: bogota.id, label: 'Alcaldía de Bogotá (Colombia)' }], more: false });
		expect((await search(organisationSearch, officer.actor, 'jonkoping')).body!.items.map((o) => o.id)).toEqual([
			jonkoping.id
		]);

		const many = await search(organisationSearch, officer.actor, 'bulk');
		expect(many.body!.items).toHaveLength(PICK_LIMIT);
		expect(many.body!.more).toBe(true);
		expect(many.body!.items[0]!.label).toBe('Bulk kommun 0000 (Sverige)');
		expect((await search(organisationSearch, officer.actor, 'bulk kommun 0399')).body!.items).toHaveLength(1);
		// % and _ typed are letters, not wildcards.
		expect((await search(organisationSearch, officer.actor, '%')).body!.items).toEqual([]);

		// Timed on a shared 2-core machine, so the bound is loose: a page of 20, not all 400.
		const total = (await db().select({ n: count() }).from(organisations))[0]!.n;
		expect(total).toBeGreaterThanOrEqual(402);
		const timed = await search(organisationSearch, officer.actor, 'kommun 03');
		expect(timed.body!.items).toHaveLength(PICK_LIMIT);
		expect(timed.ms).toBeLessThan(1000);
	});

	it('answers 404 to anyone but staff, as if it did not exist', async () => {
		const organisation = await makeOrganisation({ name: 'Ale kommun' });
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		expect((await search(organisationSearch, coordinator.actor, 'ale')).status).toBe(404);
	});

	it('without JavaScript, the search button sends the form back with the matches and creates nothing', async () => {
		const officer = await makeUser({ staff: true });
		const ghanzi = await makeOrganisation({ name: 'Ghanzi District Council', countryCode: 'BW' });
		const ale = await makeOrganisation({ name: 'Ale kommun' });
		const before = (await db().select({ n: count() }).from(partnerships))[0]!.n;
		const body = new FormData();
		const fields: [string, string][] = [
			['title.sv', 'Inga avhopp'],
			['partyQuery', 'Ale kommun (Sverige)'],
			['partyIds', ale.id],
			['partyQuery', 'ghanzi'],
			['partyIds', ''],
			['partyQuery', ''],
			['partyIds', ''],
			['intent', 'search']
		];
		for (const [key, value] of fields) body.append(key, value);
		const url = new URL('http://localhost/sv/admin/partnerships/new');
		const event = {
			url,
			params: { lang: 'sv' },
			request: new Request(url, { method: 'POST', body }),
			locals: { requestId: 'test', actor: officer.actor, locale: 'sv' }
		};
		let result: unknown;
		try {
			result = await newPartnership.default!(event as never);
		} catch (thrown) {
			if (isRedirect(thrown)) throw new Error('a search must not create a partnership');
			throw thrown;
		}
		expect(result).toMatchObject({
			values: { 'title.sv': 'Inga avhopp' },
			parties: [
				{ query: 'Ale kommun (Sverige)', chosen: { id: ale.id, label: 'Ale kommun (Sverige)' }, matches: null },
				{ query: 'ghanzi', chosen: null, matches: [{ id: ghanzi.id, label: 'Ghanzi District Council (Botswana)' }] },
				{ query: '', chosen: null, matches: null }
			]
		});
		expect((await db().select({ n: count() }).from(partnerships))[0]!.n).toBe(before);
	});
});

describe('the executor search of the governance tab', () => {
	it('offers editors organisations that may become executors, and nobody else anything', async () => {
		const swedish = await makeOrganisation({ name: 'Ale kommun' });
		const partner = await makeOrganisation({ name: 'Ghanzi', countryCode: 'BW' });
		const university = await makeOrganisation({ name: 'Högskolan i Borås', kind: 'university' });
		await makeOrganisation({ name: 'Borås kommun' });
		const partnership = await makePartnership({ partyIds: [swedish.id, partner.id] });
		const coordinator = await makeUser({ organisationId: swedish.id, role: 'coordinator' });
		const reader = await makeUser({ organisationId: partner.id, role: 'member' });
		const outsider = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		const params = { slug: partnership.slug };

		const found = await search(executorSearch, coordinator.actor, 'boras', params);
		expect(found.status).toBe(200);
		// A municipality is not an executor's kind: only the university.
		expect(found.body!.items).toEqual([{ id: university.id, label: expect.stringMatching(/^Högskolan i Borås \(/) }]);
		expect((await search(executorSearch, outsider.actor, 'boras', params)).status).toBe(404);
		expect((await search(executorSearch, reader.actor, 'boras', params)).status).toBe(403);
	});
});
