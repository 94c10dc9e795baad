import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { apiTokens } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';

/**
 * Revokes one of the actor's own tokens: it stops working at once. Another person's token, an unknown
 * id or a token already revoked is not found (404), staff included: a token is its owner's alone.
 * Records `api_token.revoked`. Returns nothing.
 */
export async function revokeToken(actor: Actor, { id }: { id: string }): Promise<void> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	if (!isUuid(id)) throw AppError.notFound(m.token_error_not_found());
	await db().transaction(async (tx) => {
		const [revoked] = await tx
			.update(apiTokens)
			.set({ revokedAt: new Date() })
			.where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
			.returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
		if (!revoked) throw AppError.notFound(m.token_error_not_found());
		await recordAudit(tx, actor, {
			action: 'api_token.revoked',
			subjectType: 'api_token',
			subjectId: revoked.id,
			before: { name: revoked.name, prefix: revoked.prefix }
		});
	});
}
