import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents, networkExperts, networks, organisations, themes } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { addNetworkExpert } from '$lib/server/domain/networks/add-network-expert';
import { getNetworkById } from '$lib/server/domain/networks/queries';
import { removeNetworkExpert } from '$lib/server/domain/networks/remove-network-expert';
import { updateNetwork } from '$lib/server/domain/networks/update-network';
import { getOrganisationById } from '$lib/server/domain/organisations/queries';
import { updateOrganisation } from '$lib/server/domain/organisations/update-organisation';
import { createTheme } from '$lib/server/domain/themes/create-theme';
import { getThemeById } from '$lib/server/domain/themes/queries';
import { updateTheme } from '$lib/server/domain/themes/update-theme';
import { makeNetwork, makeOrganisation, makeProgramme, makeTheme, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

async function auditOf(subjectId: string, action: string) {
	return db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.action, action)));
}

async function outsiders() {
	const organisation = await makeOrganisation();
	return [
		anonymous,
		(await makeUser({ organisationId: organisation.id, role: 'coordinator' })).actor,
		(await makeUser({ organisationId: organisation.id, role: 'member' })).actor
	];
}

describe('themes', () => {
	it('are created with a slug from the name, and edited with before and after recorded', async () => {
		const created = await createTheme(staff, { name: { en: 'Youth participation', sv: 'Ungdomsdelaktighet' } });
		expect(created.slug).toBe('youth-participation');
		const updated = await updateTheme(staff, created.id, {
			slug: 'youth',
			name: { sv: 'Ungdomars delaktighet', en: 'Youth participation', es: 'Participación juvenil' },
			description: { en: 'Young people take part in decisions.' }
		});
		expect(updated).toMatchObject({ slug: 'youth', description: { en: 'Young people take part in decisions.' } });
		expect((await getThemeById(created.id))?.name.es).toBe('Participación juvenil');
		const [event] = await auditOf(created.id, 'theme.updated');
		expect(event?.before).toMatchObject({ slug: 'youth-participation' });
		expect(event?.after).toMatchObject({ slug: 'youth' });
	});

	it('keep the slug when it is left blank, and refuse a taken or malformed one', async () => {
		const before = await db().$count(themes);
		const first = await createTheme(staff, { slug: 'accessibility', name: { en: 'Accessibility' } });
		const second = await createTheme(staff, { name: { en: 'Education' } });
		expect((await updateTheme(staff, second.id, { slug: '', name: { en: 'Education' } })).slug).toBe('education');
		expect(await fieldErrors(updateTheme(staff, second.id, { slug: first.slug, name: { en: 'Education' } }))).toEqual({
			slug: m.admin_slug_taken()
		});
		expect(await fieldErrors(createTheme(staff, { slug: 'accessibility', name: { en: 'Again' } }))).toEqual({
			slug: m.admin_slug_taken()
		});
		expect(await fieldErrors(createTheme(staff, { slug: 'Not A Slug', name: { en: 'X' } }))).toEqual({
			slug: m.admin_slug_format()
		});
		expect(Object.keys(await fieldErrors(createTheme(staff, { name: { sv: '' } })))).toEqual(['name']);
		expect(await db().$count(themes)).toBe(before + 2);
	});

	it('are for staff only', async () => {
		const theme = await makeTheme();
		for (const actor of await outsiders()) {
			await appError(createTheme(actor, { name: { en: 'Theme' } }), 'not_found');
			await appError(updateTheme(actor, theme.id, { name: { en: 'Theme' } }), 'not_found');
		}
		await appError(updateTheme(staff, crypto.randomUUID(), { name: { en: 'Theme' } }), 'not_found');
		await appError(updateTheme(staff, 'not-an-id', { name: { en: 'Theme' } }), 'not_found');
	});
});

describe('networks', () => {
	const base = async () => {
		const network = await makeNetwork();
		return {
			network,
			input: {
				programmeId: network.programmeId,
				themeId: network.themeId,
				name: { sv: 'Nätverk för mänskliga rättigheter', en: 'Human rights network' },
				startYear: '2021',
				endYear: '2024',
				countryCodes: ['ZM', 'BW', 'ZA', 'SE']
			}
		};
	};

	it('are edited: years, countries, theme and programme; the old record is kept in the audit', async () => {
		const { network, input } = await base();
		const theme = await makeTheme();
		const programme = await makeProgramme();
		await updateNetwork(staff, network.id, { ...input, themeId: theme.id, programmeId: programme.id });
		const stored = await getNetworkById(network.id);
		expect(stored).toMatchObject({
			slug: network.slug,
			themeId: theme.id,
			programmeId: programme.id,
			startYear: 2021,
			endYear: 2024,
			countryCodes: ['BW', 'SE', 'ZA', 'ZM']
		});
		const [event] = await auditOf(network.id, 'network.updated');
		expect(event?.before).toMatchObject({ startYear: 2024, countryCodes: ['CO', 'GT', 'SE'] });
		expect(event?.after).toMatchObject({ startYear: 2021, countryCodes: ['BW', 'SE', 'ZA', 'ZM'] });
	});

	it('refuse an end before the start, an unknown theme and a taken slug, changing nothing', async () => {
		const { network, input } = await base();
		const other = await makeNetwork();
		expect(
			await fieldErrors(updateNetwork(staff, network.id, { ...input, startYear: '2025', endYear: '2024' }))
		).toEqual({
			endYear: m.validation_end_year_before_start()
		});
		expect(await fieldErrors(updateNetwork(staff, network.id, { ...input, themeId: crypto.randomUUID() }))).toEqual({
			themeId: m.validation_unknown_choice()
		});
		expect(await fieldErrors(updateNetwork(staff, network.id, { ...input, slug: other.slug }))).toEqual({
			slug: m.admin_slug_taken()
		});
		const [stored] = await db().select().from(networks).where(eq(networks.id, network.id));
		expect(stored).toMatchObject({ startYear: 2024, endYear: 2026 });
		expect(await auditOf(network.id, 'network.updated')).toHaveLength(0);
	});

	it('are edited by staff only', async () => {
		const { network, input } = await base();
		for (const actor of await outsiders()) await appError(updateNetwork(actor, network.id, input), 'not_found');
		await appError(updateNetwork(staff, crypto.randomUUID(), input), 'not_found');
	});
});

describe('network experts', () => {
	it('come from a university, and are added and removed with a record', async () => {
		const network = await makeNetwork();
		const university = await makeOrganisation({
			kind: 'university',
			name: 'Stellenbosch University',
			countryCode: 'ZA'
		});
		const expert = await addNetworkExpert(staff, network.id, {
			organisationId: university.id,
			name: 'Thandi Mokoena',
			email: 'Thandi@Example.org',
			expertise: { en: 'Gender-based violence prevention' }
		});
		expect(expert).toMatchObject({ email: 'thandi@example.org', organisationId: university.id });
		expect((await getNetworkById(network.id))?.experts).toMatchObject([
			{ name: 'Thandi Mokoena', organisation: { name: 'Stellenbosch University' } }
		]);
		expect(await auditOf(expert.id, 'network_expert.added')).toHaveLength(1);

		await removeNetworkExpert(staff, network.id, expert.id);
		expect((await getNetworkById(network.id))?.experts).toEqual([]);
		expect(await auditOf(expert.id, 'network_expert.removed')).toHaveLength(1);
		await appError(removeNetworkExpert(staff, network.id, expert.id), 'not_found');
	});

	it('are refused from an organisation that is not a university, or without a name', async () => {
		const network = await makeNetwork();
		const municipality = await makeOrganisation();
		const university = await makeOrganisation({ kind: 'university' });
		expect(
			await fieldErrors(addNetworkExpert(staff, network.id, { organisationId: municipality.id, name: 'Anna Berg' }))
		).toEqual({ organisationId: m.admin_expert_not_university() });
		const errors = await fieldErrors(
			addNetworkExpert(staff, network.id, { organisationId: university.id, name: ' ', email: 'not-an-address' })
		);
		expect(errors).toEqual({ name: m.admin_expert_name_required(), email: m.admin_email_invalid() });
		expect(await db().$count(networkExperts, eq(networkExperts.networkId, network.id))).toBe(0);
	});

	it('are managed by staff only, and only within their network', async () => {
		const network = await makeNetwork();
		const otherNetwork = await makeNetwork();
		const university = await makeOrganisation({ kind: 'university' });
		const expert = await addNetworkExpert(staff, network.id, { organisationId: university.id, name: 'Anna Berg' });
		for (const actor of await outsiders()) {
			await appError(addNetworkExpert(actor, network.id, { organisationId: university.id, name: 'Eve' }), 'not_found');
			await appError(removeNetworkExpert(actor, network.id, expert.id), 'not_found');
		}
		await appError(removeNetworkExpert(staff, otherNetwork.id, expert.id), 'not_found');
		expect((await getNetworkById(network.id))?.experts).toHaveLength(1);
	});
});

describe('updateOrganisation', () => {
	it('changes every field, keeps the slug, and records before and after', async () => {
		const organisation = await makeOrganisation({ name: 'Lunds kommun', population: 120_000 });
		const updated = await updateOrganisation(staff, organisation.id, {
			name: 'Lunds kommun (Skåne)',
			kind: 'municipality',
			countryCode: 'se',
			subdivision: 'Skåne',
			population: '128000',
			latitude: '55.7047',
			longitude: '13.191',
			website: 'https://lund.se',
			description: { sv: 'Universitetsstad.' }
		});
		expect(updated).toMatchObject({
			slug: organisation.slug,
			name: 'Lunds kommun (Skåne)',
			subdivision: 'Skåne',
			population: 128_000,
			latitude: 55.7047,
			website: 'https://lund.se'
		});
		const [event] = await auditOf(organisation.id, 'organisation.updated');
		expect(event?.before).toMatchObject({ population: 120_000 });
		expect(event?.after).toMatchObject({ population: 128_000 });
	});

	it('empties blank optional fields', async () => {
		const organisation = await makeOrganisation({ subdivision: 'Norrbotten', population: 42_000 });
		const updated = await updateOrganisation(staff, organisation.id, {
			name: organisation.name,
			kind: 'municipality',
			countryCode: 'SE',
			subdivision: '',
			population: ''
		});
		expect(updated).toMatchObject({ subdivision: null, population: null });
	});

	it('refuses invalid fields and changes nothing', async () => {
		const organisation = await makeOrganisation({ population: 42_000 });
		const errors = await fieldErrors(
			updateOrganisation(staff, organisation.id, {
				name: organisation.name,
				kind: 'municipality',
				countryCode: 'XX',
				population: '-5',
				latitude: '100'
			})
		);
		expect(Object.keys(errors).sort()).toEqual(['countryCode', 'latitude', 'population']);
		expect((await getOrganisationById(organisation.id))?.population).toBe(42_000);
		expect(await auditOf(organisation.id, 'organisation.updated')).toHaveLength(0);
	});

	it('is for staff only', async () => {
		const organisation = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const input = { name: 'Renamed', kind: 'municipality' as const, countryCode: 'SE' };
		await appError(updateOrganisation(coordinator.actor, organisation.id, input), 'not_found');
		await appError(updateOrganisation(anonymous, organisation.id, input), 'not_found');
		await appError(updateOrganisation(staff, crypto.randomUUID(), input), 'not_found');
		const [stored] = await db().select().from(organisations).where(eq(organisations.id, organisation.id));
		expect(stored?.name).toBe(organisation.name);
	});
});
