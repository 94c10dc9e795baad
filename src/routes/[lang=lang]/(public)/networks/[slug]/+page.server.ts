import { error } from '@sveltejs/kit';
import { currentCalls } from '$lib/server/domain/calls/queries';
import { getNetworkBySlug } from '$lib/server/domain/networks/queries';
import { withCountryNames } from '$lib/server/domain/networks/present';
import { listPartnerships } from '$lib/server/domain/partnerships/queries';
import { withPartyCountries } from '$lib/server/domain/partnerships/present';
import { pageCount, pageParam } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const network = await getNetworkBySlug(params.slug);
	if (!network) error(404, 'Not found');
	const [list, calls] = await Promise.all([
		listPartnerships({ networkSlug: network.slug, page: pageParam(url), limit: PER_PAGE }),
		currentCalls({ networkId: network.id, upcoming: true, limit: 6 })
	]);
	return {
		network: withCountryNames(network, locals.locale),
		calls,
		partnerships: withPartyCountries(list.items, locals.locale),
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
