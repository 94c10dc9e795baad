import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignedIn } from '../sign-in-events/outcomes';
import { recordSignInEvent } from '../sign-in-events/record';
import { pendingSignInUserId } from './challenge';
import { apiCode } from './errors';
import { signInCodeInput } from './schemas';

/**
 * The second step of a sign-in: a code from the app, or a recovery code (each works once). Only after
 * the right password (better-auth's `two_factor` cookie, 10 minutes). Wrong codes are recorded; five
 * on one challenge end it (sign in again), ten in a row lock the second step for 15 minutes (429).
 * Success makes the session (cookie on the response) and is recorded like any sign-in.
 */
export async function completeTwoFactorSignIn(
	input: unknown,
	client: SignInClient
): Promise<{ userId: string; setCookies: string[] }> {
	const data = parseInput(signInCodeInput, input);
	const userId = await pendingSignInUserId(client.headers);
	if (!userId) throw new AppError('unauthenticated', m.security_challenge_expired());
	const request = { body: { code: data.code }, headers: client.headers, returnHeaders: true as const };
	let result;
	try {
		result = data.method === 'app' ? await auth().api.verifyTOTP(request) : await auth().api.verifyBackupCode(request);
	} catch (error) {
		if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
		await recordSignInEvent({ kind: 'two_factor_failed', userId, client, detail: data.method });
		throw refusal(error, data.method);
	}
	if (data.method === 'recovery') await recordSignInEvent({ kind: 'recovery_code_used', userId, client });
	await recordSignedIn(userId, client, { detail: 'two_factor', sessionToken: result.response.token });
	return { userId, setCookies: result.headers.getSetCookie() };
}

function refusal(error: APIError, method: 'app' | 'recovery'): AppError {
	const code = apiCode(error);
	if (code === 'ACCOUNT_TEMPORARILY_LOCKED')
		return new AppError('rate_limited', m.security_two_factor_locked({ minutes: 15 }), {}, 15 * 60);
	if (code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE' || code === 'INVALID_TWO_FACTOR_COOKIE')
		return new AppError('unauthenticated', m.security_challenge_expired());
	return AppError.invalid({
		code: method === 'app' ? m.security_code_wrong() : m.security_recovery_code_wrong()
	});
}
