import { createHash } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { verifications } from '$lib/server/db/schema';

// better-auth stores a reset link as a verification row with the user's id as its value. Its identifier
// (`reset-password:<token>`) is stored hashed, but with the prefix kept in clear, so that a reset can find
// and end every other reset link of the same account; a copy of the database still holds no live link.

const RESET_PREFIX = 'reset-password:';

/** How better-auth stores a reset link's identifier (auth.ts, `verification.storeIdentifier`). */
export const resetLinkStorage = {
	hash: async (identifier: string) => RESET_PREFIX + createHash('sha256').update(identifier, 'utf8').digest('base64url')
};

/** Ends every reset link of the account that is still waiting. Returns how many there were. */
export async function endResetLinks(tx: Executor, userId: string): Promise<number> {
	const ended = await tx
		.delete(verifications)
		.where(and(eq(verifications.value, userId), like(verifications.identifier, `${RESET_PREFIX}%`)))
		.returning({ id: verifications.id });
	return ended.length;
}
