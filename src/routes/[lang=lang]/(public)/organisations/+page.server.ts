import { countryName, namedCountries } from '$lib/server/domain/countries/names';
import { directoryFacets, listDirectory } from '$lib/server/domain/organisations/directory';
import { organisationDirectoryQuery } from '$lib/server/domain/organisations/schemas';
import { listFilters } from '$lib/server/list-filters';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

/** The public directory of organisations (directory.ts): search by name, filter by country and kind, 25 a page. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const facets = await directoryFacets();
	// A name that matches nothing is a search like any other: its answer is the empty list.
	const { filters, invalidFilter, selected } = listFilters(url, organisationDirectoryQuery, ['q', 'country', 'kind'], {
		country: (code) => facets.countryCodes.includes(code),
		kind: (kind) => facets.kinds.includes(kind)
	});

	const list = await listDirectory({
		q: filters.q,
		countryCode: filters.country,
		kind: filters.kind,
		page: filters.page,
		limit: PER_PAGE
	});
	return {
		filters: selected,
		invalidFilter,
		options: { countries: namedCountries(facets.countryCodes, locals.locale), kinds: facets.kinds },
		organisations: list.items.map((o) => ({
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			countryName: countryName(o.countryCode, locals.locale),
			subdivision: o.subdivision
		})),
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
