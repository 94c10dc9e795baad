import { localize } from '$lib/i18n/translated';
import { organisationsOf } from '$lib/server/domain/accounts/queries';
import { countryName } from '$lib/server/domain/countries/names';
import { partnershipsOfOrganisations } from '$lib/server/domain/partnerships/queries';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const locale = locals.locale;
	const organisations = await organisationsOf(user.id);
	const partnerships = await partnershipsOfOrganisations(organisations.map((o) => o.id));
	return {
		name: user.name,
		isStaff: user.isStaff,
		organisations: organisations.map((o) => ({
			slug: o.slug,
			name: o.name,
			country: countryName(o.countryCode, locale),
			role: o.role
		})),
		partnerships: partnerships.map((p) => ({
			slug: p.slug,
			title: localize(p.title, locale),
			phase: p.phase,
			startDate: p.startDate,
			endDate: p.endDate,
			parties: p.parties.map((party) => ({ ...party, country: countryName(party.countryCode, locale) }))
		}))
	};
};
