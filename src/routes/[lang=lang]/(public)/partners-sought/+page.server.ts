import { namedCountries } from '$lib/server/domain/countries/names';
import { listPublishedProfiles, publishedProfileFilterOptions } from '$lib/server/domain/profiles/queries';
import { profileListQuery } from '$lib/server/domain/profiles/schemas';
import { pageCount } from '$lib/server/page-param';
import { profileView } from '$lib/server/domain/profiles/present';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

/** Who seeks a partner: published profiles, filtered by country, theme and call, 20 a page. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const options = await publishedProfileFilterOptions();
	const param = (name: string) => url.searchParams.get(name) ?? undefined;
	const parsed = profileListQuery.safeParse({
		country: param('country'),
		theme: param('theme'),
		call: param('call'),
		page: param('page')
	});
	// A filter that names nothing we have is as unusable as a malformed one: say so, show everything.
	const usable =
		parsed.success &&
		(!parsed.data.country || options.countryCodes.includes(parsed.data.country)) &&
		(!parsed.data.theme || options.themes.some((t) => t.slug === parsed.data.theme)) &&
		(!parsed.data.call || options.calls.some((c) => c.slug === parsed.data.call));
	const filters =
		usable && parsed.success ? parsed.data : { page: 1, country: undefined, theme: undefined, call: undefined };

	const list = await listPublishedProfiles({
		countryCode: filters.country,
		theme: filters.theme,
		callSlug: filters.call,
		page: filters.page,
		limit: PER_PAGE
	});
	return {
		filters: { country: filters.country ?? '', theme: filters.theme ?? '', call: filters.call ?? '' },
		invalidFilter: !usable,
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
