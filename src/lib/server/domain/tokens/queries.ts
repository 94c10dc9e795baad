import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { apiTokens, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isSignedIn, type Actor } from '../accounts/actor';
import { membershipsOf } from '../accounts/queries';
import { tokenView, type TokenView } from './present';
import { hashToken, isTokenFormat } from './secret';

/** The actor's tokens that are not revoked (expired ones too, marked so), newest first. */
export async function listTokens(actor: Actor): Promise<TokenView[]> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const rows = await db()
		.select()
		.from(apiTokens)
		.where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
		.orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
	const now = new Date();
	return rows.map((row) => tokenView(row, now));
}

/** "Last used" is written at most once a minute per token: a busy script does not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

export type TokenSession = {
	tokenId: string;
	user: { id: string; name: string; email: string; isStaff: boolean; twoFactorEnabled: boolean };
	actor: Actor;
};

/**
 * Who a bearer token acts as: its owner, exactly as their session would (staff, memberships; marked
 * `viaToken`, so that a token cannot make tokens), or null for a token that is malformed, unknown,
 * revoked or expired.
 */
export async function authenticateToken(secret: string): Promise<TokenSession | null> {
	if (!isTokenFormat(secret)) return null;
	const now = new Date();
	const [found] = await db()
		.select({
			tokenId: apiTokens.id,
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			twoFactorEnabled: users.twoFactorEnabled
		})
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(
			and(
				eq(apiTokens.tokenHash, hashToken(secret)),
				isNull(apiTokens.revokedAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))
			)
		)
		.limit(1);
	if (!found) return null;
	await db()
		.update(apiTokens)
		.set({ lastUsedAt: now })
		.where(
			and(
				eq(apiTokens.id, found.tokenId),
				or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_EVERY_MS)))
			)
		);
	const isStaff = found.role === 'staff';
	return {
		tokenId: found.tokenId,
		user: { id: found.id, name: found.name, email: found.email, isStaff, twoFactorEnabled: found.twoFactorEnabled },
		actor: { userId: found.id, isStaff, memberships: await membershipsOf(found.id), viaToken: true }
	};
}
