import { listPublishedCalls } from '$lib/server/domain/calls/queries';
import { callListQuery } from '$lib/server/domain/calls/schemas';
import { listFilters } from '$lib/server/list-filters';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	// Whether a call is open changes with the clock: no shared caching of this page.
	setHeaders({ 'cache-control': 'no-store' });
	const { filters, invalidFilter } = listFilters(url, callListQuery, ['kind']);
	const list = await listPublishedCalls({ kind: filters.kind, page: filters.page, limit: PER_PAGE });
	return {
		kind: filters.kind ?? '',
		invalidFilter,
		calls: list.items,
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
