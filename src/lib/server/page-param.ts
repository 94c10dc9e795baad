import { partnershipListQuery } from '$lib/server/domain/partnerships/schemas';

/** The `page` query parameter, validated like the list API's; anything unusable means page 1. */
export function pageParam(url: URL): number {
	const parsed = partnershipListQuery
		.pick({ page: true })
		.safeParse({ page: url.searchParams.get('page') ?? undefined });
	return parsed.success ? parsed.data.page : 1;
}

export function pageCount(total: number, limit: number): number {
	return Math.max(1, Math.ceil(total / limit));
}
