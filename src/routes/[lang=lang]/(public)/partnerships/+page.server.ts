import { namedCountries } from '$lib/server/domain/countries/names';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { listPartnerships, partnershipCountryCodes } from '$lib/server/domain/partnerships/queries';
import { withPartyCountries } from '$lib/server/domain/partnerships/present';
import { partnershipListQuery } from '$lib/server/domain/partnerships/schemas';
import { listThemes } from '$lib/server/domain/themes/queries';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

type Filters = { network?: string; theme?: string; country?: string; page: number };

export const load: PageServerLoad = async ({ url, locals }) => {
	const [networks, themes, countryCodes] = await Promise.all([listNetworks(), listThemes(), partnershipCountryCodes()]);

	// Only the list's own parameters are read: the page size is ours, not the address's.
	const param = (name: string) => url.searchParams.get(name) ?? undefined;
	const parsed = partnershipListQuery.safeParse({
		network: param('network'),
		theme: param('theme'),
		country: param('country'),
		page: param('page')
	});
	// A filter that names nothing we have is as unusable as a malformed one: say so, show everything.
	const usable =
		parsed.success &&
		(!parsed.data.network || networks.some((n) => n.slug === parsed.data.network)) &&
		(!parsed.data.theme || themes.some((t) => t.slug === parsed.data.theme)) &&
		(!parsed.data.country || countryCodes.includes(parsed.data.country));
	const filters: Filters = usable && parsed.success ? parsed.data : { page: 1 };

	const list = await listPartnerships({
		networkSlug: filters.network,
		themeSlug: filters.theme,
		countryCode: filters.country,
		page: filters.page,
		limit: PER_PAGE
	});

	return {
		filters: { network: filters.network ?? '', theme: filters.theme ?? '', country: filters.country ?? '' },
		invalidFilter: !usable,
		options: {
			networks: networks.map((n) => ({ slug: n.slug, name: n.name })),
			themes: themes.map((t) => ({ slug: t.slug, name: t.name })),
			countries: namedCountries(countryCodes, locals.locale)
		},
		partnerships: withPartyCountries(list.items, locals.locale),
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
