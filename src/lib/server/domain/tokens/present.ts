import type { apiTokens } from '$lib/server/db/schema';

type TokenRow = typeof apiTokens.$inferSelect;

/** A token as its owner sees it: never its secret nor its hash. */
export function tokenView(row: TokenRow, now = new Date()) {
	return {
		id: row.id,
		name: row.name,
		prefix: row.prefix,
		createdAt: row.createdAt.toISOString(),
		lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
		expiresAt: row.expiresAt?.toISOString() ?? null,
		expired: row.expiresAt !== null && row.expiresAt <= now
	};
}

export type TokenView = ReturnType<typeof tokenView>;
