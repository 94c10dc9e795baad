import { listPublishedCalls } from '$lib/server/domain/calls/queries';
import { callListQuery } from '$lib/server/domain/calls/schemas';
import { pageCount } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	// Whether a call is open changes with the clock: no shared caching of this page.
	setHeaders({ 'cache-control': 'no-store' });
	const param = (name: string) => url.searchParams.get(name) ?? undefined;
	const parsed = callListQuery.safeParse({ kind: param('kind'), page: param('page') });
	const query = parsed.success ? { ...parsed.data, limit: PER_PAGE } : { page: 1, limit: PER_PAGE };
	const list = await listPublishedCalls(query);
	return {
		kind: parsed.success ? (parsed.data.kind ?? '') : '',
		invalidFilter: !parsed.success,
		calls: list.items,
		total: list.total,
		page: list.page,
		pageCount: pageCount(list.total, PER_PAGE)
	};
};
