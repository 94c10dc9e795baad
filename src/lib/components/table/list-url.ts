// The addresses of a list's links (sort headers, pages), computed the same way on the server and in
// the browser: every other query parameter (filters) is kept, and a default value is left out so
// that the plain address stays the canonical one.

export type SortDir = 'asc' | 'desc';

/** What a list page tells its table about the current order and page. */
export type ListState = {
	sort: string;
	dir: SortDir;
	page: number;
	pages: number;
	per: number;
	/** The order the page starts in: a link back to it drops `sort` and `dir` from the address. */
	defaultSort: string;
	defaultDir: SortDir;
	defaultPer: number;
};

function withParams(url: URL, changes: Record<string, string | null>): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name);
		else params.set(name, value);
	}
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}

/** The address of page `target` of the list at `url` (page 1 has no `page`). */
export function pageHref(url: URL, target: number): string {
	return withParams(url, { page: target <= 1 ? null : String(target) });
}

/**
 * The address that sorts by `column`: the current column flips its direction, another column starts
 * ascending. The page goes back to 1, since the rows of page 3 mean nothing in another order.
 */
export function sortHref(
	url: URL,
	state: Pick<ListState, 'sort' | 'dir' | 'defaultSort' | 'defaultDir'>,
	column: string
) {
	const dir: SortDir = state.sort === column ? (state.dir === 'asc' ? 'desc' : 'asc') : 'asc';
	const isDefault = column === state.defaultSort && dir === state.defaultDir;
	return withParams(url, { sort: isDefault ? null : column, dir: isDefault ? null : dir, page: null });
}

/** The `aria-sort` of a column header: only the sorted column has one. */
export function ariaSort(state: Pick<ListState, 'sort' | 'dir'> | undefined, column: string) {
	if (!state || state.sort !== column) return undefined;
	return state.dir === 'asc' ? ('ascending' as const) : ('descending' as const);
}

/**
 * The download links of a list: its export route (`<list>/export`) with the current filters and
 * order, without the page (a download holds every row).
 */
export function exportHrefs(url: URL, path = `${url.pathname}/export`): { csv: string; xlsx: string } {
	const params = new URLSearchParams(url.searchParams);
	params.delete('page');
	params.delete('per');
	const href = (format: string) => {
		params.set('format', format);
		return `${path}?${params}`;
	};
	return { csv: href('csv'), xlsx: href('xlsx') };
}
