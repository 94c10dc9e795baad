import { countryName, namedCountries } from '$lib/server/domain/countries/names';
import { directoryFacets, listDirectory } from '$lib/server/domain/organisations/directory';
import { organisationDirectoryQuery } from '$lib/server/domain/organisations/schemas';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

/** The public directory of organisations (directory.ts): search by name, filter by country and kind, 25 a page. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const facets = await directoryFacets();
	const param = (name: string) => url.searchParams.get(name) ?? undefined;
	const parsed = organisationDirectoryQuery.safeParse({
		q: param('q'),
		country: param('country'),
		kind: param('kind'),
		page: param('page')
	});
	// A filter that names nothing we have is as unusable as a malformed one: say so, show everything.
	// A name that matches nothing is a search like any other: its answer is the empty list.
	const usable =
		parsed.success &&
		(!parsed.data.country || facets.countryCodes.includes(parsed.data.country)) &&
		(!parsed.data.kind || facets.kinds.includes(parsed.data.kind));
	const filters =
		usable && parsed.success ? parsed.data : { page: 1, q: undefined, country: undefined, kind: undefined };

	const list = await listDirectory({
		q: filters.q,
		countryCode: filters.country,
		kind: filters.kind,
		page: filters.page,
		limit: PER_PAGE
	});
	return {
		filters: { q: filters.q ?? '', country: filters.country ?? '', kind: filters.kind ?? '' },
		invalidFilter: !usable,
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
