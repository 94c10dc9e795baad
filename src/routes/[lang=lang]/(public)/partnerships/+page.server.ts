import { namedCountries } from '$lib/server/domain/countries/names';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { listPartnerships, partnershipCountryCodes } from '$lib/server/domain/partnerships/queries';
import { withPartyCountries } from '$lib/server/domain/partnerships/present';
import { partnershipListQuery } from '$lib/server/domain/partnerships/schemas';
import { listThemes } from '$lib/server/domain/themes/queries';
import { listFilters } from '$lib/server/list-filters';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, locals }) => {
	const [networks, themes, countryCodes] = await Promise.all([listNetworks(), listThemes(), partnershipCountryCodes()]);

	const { filters, invalidFilter, selected } = listFilters(url, partnershipListQuery, ['network', 'theme', 'country'], {
		network: (slug) => networks.some((n) => n.slug === slug),
		theme: (slug) => themes.some((t) => t.slug === slug),
		country: (code) => countryCodes.includes(code)
	});

	const list = await listPartnerships({
		networkSlug: filters.network,
		themeSlug: filters.theme,
		countryCode: filters.country,
		page: filters.page,
		limit: PER_PAGE
	});

	return {
		filters: selected,
		invalidFilter,
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
