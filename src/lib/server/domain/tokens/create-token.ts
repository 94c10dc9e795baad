import { verifyPassword } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { accounts, apiTokens } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { REAUTH_LIMIT, withPasswordAgain } from '../security/password-again';
import { tokenView, type TokenView } from './present';
import { tokenInput, type TokenInput } from './schemas';
import { newToken } from './secret';

const DAY_MS = 24 * 60 * 60 * 1000;

export { REAUTH_LIMIT };

/**
 * Makes a personal API token for the signed-in actor (401 otherwise), from a session only: a request
 * made with a token is refused (403), so a token can never make another that outlives it. The actor's
 * current password is asked again (`password`: wrong answers 400; 5 wrong in 15 minutes answer 429).
 * The token acts as its owner until revoked or, with `expiresInDays`, until that many days have passed.
 * Only the secret's SHA-256 hash and its first characters are stored: the secret is returned here once
 * and never again. Records `api_token.created` (name, prefix, expiry; never the secret).
 */
export async function createToken(
	actor: Actor,
	input: TokenInput | Record<string, unknown>
): Promise<{ token: TokenView; secret: string }> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	if (actor.viaToken) throw new AppError('forbidden', m.token_error_session_only());
	const data = parseInput(tokenInput, input);
	await checkPassword(actor.userId, data.password);
	const { secret, hash, prefix } = newToken();
	return db().transaction(async (tx) => {
		const [row] = await tx
			.insert(apiTokens)
			.values({
				userId: actor.userId,
				name: data.name,
				tokenHash: hash,
				prefix,
				expiresAt: data.expiresInDays ? new Date(Date.now() + data.expiresInDays * DAY_MS) : null
			})
			.returning();
		const token = tokenView(row!);
		await recordAudit(tx, actor, {
			action: 'api_token.created',
			subjectType: 'api_token',
			subjectId: token.id,
			after: { name: token.name, prefix: token.prefix, expiresAt: token.expiresAt }
		});
		return { token, secret };
	});
}

async function checkPassword(userId: string, password: string): Promise<void> {
	await withPasswordAgain(userId, async () => {
		const [credential] = await db()
			.select({ hash: accounts.password })
			.from(accounts)
			.where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
		const right = !!credential?.hash && (await verifyPassword({ hash: credential.hash, password }));
		if (!right) throw AppError.invalid({ password: m.token_error_password_wrong() });
	});
}
