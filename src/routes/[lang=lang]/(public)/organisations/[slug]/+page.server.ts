import { error } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { getOrganisationBySlug } from '$lib/server/domain/organisations/queries';
import { withPartyCountries } from '$lib/server/domain/partnerships/present';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await getOrganisationBySlug(params.slug);
	if (!found) error(404, 'Not found');
	const o = found.organisation;
	return {
		organisation: {
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			countryCode: o.countryCode,
			countryName: countryName(o.countryCode, locals.locale),
			subdivision: o.subdivision,
			population: o.population,
			latitude: o.latitude,
			longitude: o.longitude,
			description: o.description
		},
		partnerships: withPartyCountries(found.partnerships, locals.locale)
	};
};
