import { z } from 'zod';
import type { ListState, SortDir } from '$lib/components/table/list-url';

// A list page's order and page from its address (?sort=name&dir=desc&page=3&per=50), checked against
// the columns the page allows: anything unknown or malformed falls back to the page's default, so a
// hand-edited or stale link still shows the list and never reaches the database as SQL.

/** Page numbers beyond this are not real requests: no list here has a million pages. */
const MAX_PAGE = 100_000;
/** No list page shows more rows than this at once. */
export const MAX_PER = 200;

export type ListSpec<S extends string> = {
	/** The columns the page can sort by; the query function maps each to an ORDER BY. */
	sorts: readonly [S, ...S[]];
	defaultSort: S;
	defaultDir?: SortDir;
	per?: number;
};

export type ListParams<S extends string> = { sort: S; dir: SortDir; page: number; per: number };

function schema<S extends string>(spec: ListSpec<S>) {
	const per = spec.per ?? 25;
	return z.object({
		sort: z.enum(spec.sorts).catch(spec.defaultSort),
		dir: z.enum(['asc', 'desc']).catch(spec.defaultDir ?? 'asc'),
		page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
		per: z.coerce
			.number()
			.int()
			.catch(per)
			.transform((n) => Math.min(MAX_PER, Math.max(1, n)))
	});
}

/** The order and page a list's address asks for, each value checked and clamped (never an error). */
export function listParams<S extends string>(url: URL, spec: ListSpec<S>): ListParams<S> {
	const get = (name: string) => url.searchParams.get(name) ?? undefined;
	const parsed = schema(spec).parse({ sort: get('sort'), dir: get('dir'), page: get('page'), per: get('per') });
	return parsed as ListParams<S>;
}

/** What the table needs to draw its sort headers and page links. */
export function listState<S extends string>(spec: ListSpec<S>, params: ListParams<S>, total: number): ListState {
	return {
		sort: params.sort,
		dir: params.dir,
		page: params.page,
		pages: Math.max(1, Math.ceil(total / params.per)),
		per: params.per,
		defaultSort: spec.defaultSort,
		defaultDir: spec.defaultDir ?? 'asc',
		defaultPer: spec.per ?? 25
	};
}

type Paged<T> = { items: T[]; total: number };
export type ListQuery<S extends string> = { page: number; limit: number; sort: S; dir: SortDir };

/**
 * Loads one page of a list in the order the address asks for. A page past the end answers the last
 * page, so an old bookmark (or a list that shrank) still shows rows instead of an empty table.
 */
export async function loadList<S extends string, T>(
	url: URL,
	spec: ListSpec<S>,
	list: (query: ListQuery<S>) => Promise<Paged<T>>
): Promise<{ items: T[]; total: number; list: ListState }> {
	const params = listParams(url, spec);
	const query = { page: params.page, limit: params.per, sort: params.sort, dir: params.dir };
	let result = await list(query);
	const last = Math.max(1, Math.ceil(result.total / params.per));
	if (result.items.length === 0 && params.page > last) {
		params.page = last;
		result = await list({ ...query, page: last });
	}
	return { items: result.items, total: result.total, list: listState(spec, params, result.total) };
}

/** The rows of one page of a list already in memory, sorted by the page's own comparers. */
export function pageOf<S extends string, T>(
	rows: T[],
	params: ListParams<S>,
	compare: Record<S, (a: T, b: T) => number>
): { items: T[]; total: number; page: number } {
	const sign = params.dir === 'asc' ? 1 : -1;
	const sorted = [...rows].sort((a, b) => sign * compare[params.sort](a, b));
	const last = Math.max(1, Math.ceil(rows.length / params.per));
	const page = Math.min(params.page, last);
	return { items: sorted.slice((page - 1) * params.per, page * params.per), total: rows.length, page };
}
