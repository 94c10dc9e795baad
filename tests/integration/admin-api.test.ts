import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { adminNetworkDocumentSchema } from '$lib/server/domain/networks/api/schemas';
import { adminOrganisationDocumentSchema } from '$lib/server/domain/organisations/api/schemas';
import { errorSchema } from '$lib/server/api/schemas';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { POST as networksPOST } from '../../src/routes/api/v1/networks/+server';
import { PATCH as networkPATCH } from '../../src/routes/api/v1/networks/[id]/+server';
import { POST as organisationsPOST } from '../../src/routes/api/v1/organisations/+server';
import { PATCH as organisationPATCH } from '../../src/routes/api/v1/organisations/[slug]/+server';
import { makeOrganisation, makeProgramme, makeTheme, makeUser } from '../factories';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

describe('POST and PATCH /api/v1/organisations', () => {
	it('create and change an organisation for staff, keeping fields the body leaves out', async () => {
		const officer = await makeUser({ staff: true });
		const created = await api(organisationsPOST, 'POST', '/api/v1/organisations', {
			actor: officer.actor,
			body: {
				name: 'Kungsörs kommun',
				kind: 'municipality',
				countryCode: 'SE',
				population: 8700,
				subdivision: 'Västmanland'
			}
		});
		expect(created.status).toBe(201);
		const document = adminOrganisationDocumentSchema.parse(created.body);
		expect(document.data).toMatchObject({ slug: 'kungsors-kommun', population: 8700 });

		const changed = await api(organisationPATCH, 'PATCH', '/api/v1/organisations/kungsors-kommun', {
			actor: officer.actor,
			params: { slug: 'kungsors-kommun' },
			body: { population: 8900, website: 'https://www.kungsor.se' }
		});
		expect(changed.status).toBe(200);
		expect(adminOrganisationDocumentSchema.parse(changed.body).data).toMatchObject({
			population: 8900,
			website: 'https://www.kungsor.se',
			subdivision: 'Västmanland',
			name: 'Kungsörs kommun'
		});

		const cleared = await api(organisationPATCH, 'PATCH', `/api/v1/organisations/${document.data.id}`, {
			actor: officer.actor,
			params: { slug: document.data.id },
			body: { subdivision: null }
		});
		expect(adminOrganisationDocumentSchema.parse(cleared.body).data.subdivision).toBeNull();
	});

	it('answer 400 with the forms’ field errors, 404 to others and 401 when signed out', async () => {
		const officer = await makeUser({ staff: true });
		const invalid = await api(organisationsPOST, 'POST', '/api/v1/organisations', {
			actor: officer.actor,
			body: { name: 'Rufunsa', kind: 'municipality', countryCode: 'XX' }
		});
		expect(invalid.status).toBe(400);
		expect(errorSchema.parse(invalid.body).error.fields).toEqual({ countryCode: m.validation_country_unknown() });

		const organisation = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const refused = await api(organisationPATCH, 'PATCH', `/api/v1/organisations/${organisation.slug}`, {
			actor: coordinator.actor,
			params: { slug: organisation.slug },
			body: { name: 'Taken over' }
		});
		expect(refused.status).toBe(404);
		const signedOut = await api(organisationsPOST, 'POST', '/api/v1/organisations', {
			actor: anonymous,
			body: { name: 'Rufunsa', kind: 'municipality', countryCode: 'ZM' }
		});
		expect(signedOut.status).toBe(401);
	});
});

describe('POST and PATCH /api/v1/networks', () => {
	it('create and change a network for staff', async () => {
		const officer = await makeUser({ staff: true });
		const programme = await makeProgramme();
		const theme = await makeTheme();
		const created = await api(networksPOST, 'POST', '/api/v1/networks', {
			actor: officer.actor,
			body: {
				programmeId: programme.id,
				themeId: theme.id,
				name: { sv: 'Nätverk för jämställdhet', en: 'Gender equality network' },
				startYear: 2024,
				endYear: 2026,
				countryCodes: ['SE', 'CO', 'GT']
			}
		});
		expect(created.status).toBe(201);
		const { data } = adminNetworkDocumentSchema.parse(created.body);
		expect(data.countryCodes).toEqual(['CO', 'GT', 'SE']);

		const changed = await api(networkPATCH, 'PATCH', `/api/v1/networks/${data.id}`, {
			actor: officer.actor,
			params: { id: data.id },
			body: { endYear: 2027, countryCodes: ['SE', 'CO'] }
		});
		expect(changed.status).toBe(200);
		expect(adminNetworkDocumentSchema.parse(changed.body).data).toMatchObject({
			startYear: 2024,
			endYear: 2027,
			countryCodes: ['CO', 'SE'],
			name: { sv: 'Nätverk för jämställdhet' }
		});

		const invalid = await api(networkPATCH, 'PATCH', `/api/v1/networks/${data.id}`, {
			actor: officer.actor,
			params: { id: data.id },
			body: { endYear: 2020 }
		});
		expect(invalid.status).toBe(400);
		expect(errorSchema.parse(invalid.body).error.fields).toEqual({ endYear: m.validation_end_year_before_start() });

		const member = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'member' });
		const refused = await api(networkPATCH, 'PATCH', `/api/v1/networks/${data.id}`, {
			actor: member.actor,
			params: { id: data.id },
			body: { endYear: 2030 }
		});
		expect(refused.status).toBe(404);
	});
});
