import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { apiTokens } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { tokenView, type TokenView } from './present';
import { tokenInput, type TokenInput } from './schemas';
import { newToken } from './secret';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes a personal API token for the signed-in actor (anyone signed in; 401 otherwise). It acts as its
 * owner until revoked or, with `expiresInDays`, until that many days have passed. Only the secret's
 * SHA-256 hash and its first characters are stored: the secret is returned here once and never again.
 * Records `api_token.created` (name, prefix, expiry; never the secret).
 */
export async function createToken(
	actor: Actor,
	input: TokenInput | Record<string, unknown>
): Promise<{ token: TokenView; secret: string }> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const data = parseInput(tokenInput, input);
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
