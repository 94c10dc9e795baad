/** Page numbers beyond this are not real requests: no list here has a million pages. */
const MAX_PAGE = 100_000;

/** `?page=` as a page number: anything that is not a whole number from 1 up means page 1. */
export function pageFromUrl(url: URL): number {
	const raw = url.searchParams.get('page');
	if (raw === null || !/^\d{1,6}$/.test(raw)) return 1;
	const page = Number(raw);
	return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export type Paged<T> = { items: T[]; total: number; page: number; limit: number };

/**
 * Loads one page of a list; a page past the end is treated like any other invalid page number
 * and answers page 1, so an old bookmark still shows something.
 */
export async function loadPage<T>(
	url: URL,
	limit: number,
	list: (args: { page: number; limit: number }) => Promise<Paged<T>>
): Promise<Paged<T> & { pages: number }> {
	const requested = pageFromUrl(url);
	let result = await list({ page: requested, limit });
	if (result.items.length === 0 && requested > 1) result = await list({ page: 1, limit });
	return { ...result, pages: Math.max(1, Math.ceil(result.total / limit)) };
}
