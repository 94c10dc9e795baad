import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { organisationKinds, organisations } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { createOrganisation } from '$lib/server/domain/organisations/create-organisation';
import { getOrganisationBySlug } from '$lib/server/domain/organisations/queries';
import type { OrganisationInput } from '$lib/server/domain/organisations/schemas';
import { makeOrganisation, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

const valid: OrganisationInput = { name: 'Piteå kommun', kind: 'municipality', countryCode: 'SE' };

/** Runs `attempt` and checks that the organisations table is as it was before. */
async function writesNothing(attempt: () => Promise<unknown>): Promise<void> {
	const before = await db().$count(organisations);
	await attempt();
	expect(await db().$count(organisations)).toBe(before);
}

describe('createOrganisation', () => {
	it('creates an organisation with every field, and a slug from its name', async () => {
		const created = await createOrganisation(staff, {
			name: '  Åmåls kommun ',
			kind: 'municipality',
			countryCode: 'se',
			subdivision: 'Västra Götaland',
			population: '12500',
			latitude: '59.0511',
			longitude: 12.7037,
			website: 'https://www.amal.se',
			description: { sv: 'En kommun vid Vänern.', en: '  ', es: '' }
		});
		expect(created).toMatchObject({
			slug: 'amals-kommun',
			name: 'Åmåls kommun',
			kind: 'municipality',
			countryCode: 'SE',
			subdivision: 'Västra Götaland',
			population: 12_500,
			latitude: 59.0511,
			longitude: 12.7037,
			website: 'https://www.amal.se',
			description: { sv: 'En kommun vid Vänern.' }
		});
		expect((await getOrganisationBySlug('amals-kommun'))?.organisation.id).toBe(created.id);
	});

	it('leaves the optional fields empty when they are blank', async () => {
		const created = await createOrganisation(staff, {
			...valid,
			subdivision: '',
			population: '',
			latitude: ' ',
			longitude: '',
			website: ''
		});
		expect(created).toMatchObject({
			subdivision: null,
			population: null,
			latitude: null,
			longitude: null,
			website: null
		});
		expect(created.description).toEqual({});
	});

	it.each(organisationKinds)('creates an organisation of kind %s', async (kind) => {
		const created = await makeOrganisation({ kind });
		expect(created.kind).toBe(kind);
	});

	it('refuses an unknown kind', async () => {
		await writesNothing(async () => {
			const errors = await fieldErrors(createOrganisation(staff, { ...valid, kind: 'company' as 'municipality' }));
			expect(Object.keys(errors)).toEqual(['kind']);
		});
	});

	it.each([['XX'], ['SWE'], ['1'], ['']])(
		'refuses the country code "%s" with a field error on countryCode',
		async (code) => {
			await writesNothing(async () => {
				const errors = await fieldErrors(createOrganisation(staff, { ...valid, countryCode: code }));
				expect(Object.keys(errors)).toEqual(['countryCode']);
			});
		}
	);

	it('says in Swedish what a country code is', async () => {
		const errors = await fieldErrors(createOrganisation(staff, { ...valid, countryCode: 'XX' }));
		expect(errors.countryCode).toBe(m.validation_country_unknown());
	});

	it.each([
		['latitude', 90.5],
		['latitude', -91],
		['longitude', 180.01],
		['longitude', -181]
	] as const)('refuses %s %d, out of range', async (field, value) => {
		await writesNothing(async () => {
			const errors = await fieldErrors(createOrganisation(staff, { ...valid, [field]: value }));
			expect(Object.keys(errors)).toEqual([field]);
		});
	});

	it('takes the edges of the coordinate ranges', async () => {
		const created = await makeOrganisation({ latitude: -90, longitude: 180 });
		expect([created.latitude, created.longitude]).toEqual([-90, 180]);
	});

	it.each([[''], ['   '], ['A']])('refuses the name "%s"', async (name) => {
		await writesNothing(async () => {
			expect(Object.keys(await fieldErrors(createOrganisation(staff, { ...valid, name })))).toEqual(['name']);
		});
	});

	it('refuses a name longer than 200 characters, and takes 200', async () => {
		await writesNothing(async () => {
			expect((await fieldErrors(createOrganisation(staff, { ...valid, name: 'x'.repeat(201) }))).name).toBeTruthy();
		});
		expect((await createOrganisation(staff, { ...valid, name: 'y'.repeat(200) })).name).toHaveLength(200);
	});

	it.each([[-1], [0], ['-500'], ['many'], [1.5], [3_000_000_000]])('refuses the population %s', async (population) => {
		await writesNothing(async () => {
			expect(Object.keys(await fieldErrors(createOrganisation(staff, { ...valid, population })))).toEqual([
				'population'
			]);
		});
	});

	it('refuses a website that is not an http(s) address', async () => {
		expect(
			(await fieldErrors(createOrganisation(staff, { ...valid, website: 'javascript:alert(1)' }))).website
		).toBeTruthy();
		expect(
			(await fieldErrors(createOrganisation(staff, { ...valid, website: 'www.example.org' }))).website
		).toBeTruthy();
	});

	it('reports every wrong field at once', async () => {
		const errors = await fieldErrors(
			createOrganisation(staff, { name: '', kind: 'municipality', countryCode: 'XX', latitude: 100 })
		);
		expect(Object.keys(errors).sort()).toEqual(['countryCode', 'latitude', 'name']);
	});

	it('makes slugs unique with -2, -3', async () => {
		const first = await createOrganisation(staff, { ...valid, name: 'Ale kommun' });
		const second = await createOrganisation(staff, { ...valid, name: 'Ale  Kommun' });
		const third = await createOrganisation(staff, { ...valid, name: 'ALE KOMMUN' });
		expect([first.slug, second.slug, third.slug]).toEqual(['ale-kommun', 'ale-kommun-2', 'ale-kommun-3']);
	});

	it('does not let a longer name that shares the start take the -2 of another', async () => {
		await createOrganisation(staff, { ...valid, name: 'Lund' });
		await createOrganisation(staff, { ...valid, name: 'Lund 2' });
		expect((await createOrganisation(staff, { ...valid, name: 'Lund' })).slug).toBe('lund-3');
	});

	it('is refused to anyone but staff, as if it did not exist, and writes nothing', async () => {
		const org = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: org.id, role: 'coordinator' });
		const member = await makeUser({ organisationId: org.id, role: 'member' });
		const nobody = await makeUser();
		for (const actor of [anonymous, coordinator.actor, member.actor, nobody.actor]) {
			await writesNothing(async () => {
				const error = await appError(createOrganisation(actor, valid), 'not_found');
				expect(error.status).toBe(404);
			});
		}
	});

	it('checks the actor before the input, so outsiders learn nothing from field errors', async () => {
		await appError(createOrganisation(anonymous, { ...valid, countryCode: 'XX' }), 'not_found');
	});
});
