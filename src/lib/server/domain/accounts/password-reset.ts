import { APIError } from 'better-auth/api';
import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { db } from '$lib/server/db/client';
import { apiTokens } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { parseInput } from '$lib/server/validation';
import { recordAudit } from '../audit/record';
import { limitKey, takeOrRefuse } from '../security/rate-limit';
import { sendPasswordChangedMail } from './mails';
import { endResetLinks } from './reset-links';
import { passwordResetInput, passwordResetRequestInput } from './schemas';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignInEvent } from '../sign-in-events/record';

/** Reset requests: per address (many addresses tried from one place) and per e-mail (one inbox flooded). */
export const resetRequestLimits = {
	address: { max: 10, seconds: 15 * 60 },
	email: { max: 3, seconds: 60 * 60 }
} as const;

/**
 * Mails a reset link when the address belongs to an account; answers the same either way, so the
 * form reveals nothing. Limited to 10 requests per address in 15 minutes and 3 per e-mail address in
 * an hour, counted alike for known and unknown addresses (429 past either).
 */
export async function requestPasswordReset(input: unknown, request: { address: string }): Promise<void> {
	const data = parseInput(passwordResetRequestInput, input);
	await takeOrRefuse([
		{ key: limitKey('reset', 'address', request.address), ...resetRequestLimits.address },
		{ key: limitKey('reset', 'email', data.email), ...resetRequestLimits.email }
	]);
	await auth().api.requestPasswordReset({ body: { email: data.email } });
}

/**
 * Whether a mailed link can still set a password: lets the page say at once that a link is dead,
 * before anyone types a new password. Reading does not use the link up.
 */
export async function isResetLinkUsable(token: string | null | undefined): Promise<boolean> {
	if (!token || token.length < 10 || token.length > 200) return false;
	const context = await auth().$context;
	const found = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
	return !!found && new Date(found.expiresAt) > new Date();
}

/**
 * Sets a new password from a mailed link. The link works once, for an hour. A used, expired or unknown
 * link answers `_form` (a malformed one `token`) with the same message. On success every other session
 * ends, every other reset link of the account stops working, and the person's personal API tokens are
 * revoked (each recorded as `api_token.revoked`, reason "password reset"): whoever knew the old password
 * may have made one. A mail then tells the person what happened. Returns how many tokens were revoked.
 */
export async function resetPassword(input: unknown, client?: SignInClient): Promise<{ revokedTokens: number }> {
	const data = parseInput(passwordResetInput, input);
	const context = await auth().$context;
	const link = await context.internalAdapter.findVerificationValue(`reset-password:${data.token}`);
	try {
		await auth().api.resetPassword({ body: { token: data.token, newPassword: data.password } });
	} catch (error) {
		if (error instanceof APIError && error.statusCode < 500)
			throw AppError.invalid({ _form: m.auth_error_reset_link_invalid() });
		throw error;
	}
	// better-auth found the same link a moment ago, or the reset would have failed.
	const userId = link!.value;
	const revoked = await db().transaction(async (tx) => {
		await endResetLinks(tx, userId);
		await recordSignInEvent({ kind: 'password_reset', userId, client }, tx);
		const rows = await tx
			.update(apiTokens)
			.set({ revokedAt: new Date() })
			.where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
			.returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
		for (const token of rows)
			await recordAudit(
				tx,
				{ userId, isStaff: false, memberships: [] },
				{
					action: 'api_token.revoked',
					subjectType: 'api_token',
					subjectId: token.id,
					before: { name: token.name, prefix: token.prefix },
					reason: 'password reset'
				}
			);
		return rows.length;
	});
	await sendPasswordChangedMail(userId, revoked).catch((err) =>
		log.error({ err, userId }, 'password changed mail failed')
	);
	return { revokedTokens: revoked };
}
