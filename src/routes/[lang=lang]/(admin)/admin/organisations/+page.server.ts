import { countryName } from '$lib/server/domain/countries/names';
import { listOrganisations } from '$lib/server/domain/organisations/queries';
import { requireStaff } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const organisations = await loadPage(url, 25, listOrganisations);
	return {
		...organisations,
		items: organisations.items.map((o) => ({
			id: o.id,
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			country: countryName(o.countryCode, locals.locale),
			subdivision: o.subdivision,
			population: o.population
		}))
	};
};
