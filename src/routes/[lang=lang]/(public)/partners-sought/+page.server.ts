import { namedCountries } from '$lib/server/domain/countries/names';
import { listPublishedProfiles, publishedProfileFilterOptions } from '$lib/server/domain/profiles/queries';
import { profileListQuery } from '$lib/server/domain/profiles/schemas';
import { listFilters } from '$lib/server/list-filters';
import { pageCount } from '$lib/server/page-param';
import { profileView } from '$lib/server/domain/profiles/present';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

/** Who seeks a partner: published profiles, filtered by country, theme and call, 20 a page. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const options = await publishedProfileFilterOptions();
	const { filters, invalidFilter, selected } = listFilters(url, profileListQuery, ['country', 'theme', 'call'], {
		country: (code) => options.countryCodes.includes(code),
		theme: (slug) => options.themes.some((t) => t.slug === slug),
		call: (slug) => options.calls.some((c) => c.slug === slug)
	});

	const list = await listPublishedProfiles({
		countryCode: filters.country,
		theme: filters.theme,
		callSlug: filters.call,
		page: filters.page,
		limit: PER_PAGE
	});
	return {
		filters: selected,
		invalidFilter,
		options: {
			countries: namedCountries(options.countryCodes, locals.locale),
			themes: options.themes.map((t) => ({ slug: t.slug, name: t.name })),
			calls: options.calls.map((c) => ({ slug: c.slug, title: c.title }))
		},
		profiles: list.items.map((p) => profileView(p, locals.locale)),
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
