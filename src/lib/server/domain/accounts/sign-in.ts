import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { SignInClient } from '../sign-in-events/client';
import { recordFailedSignIn, recordSignedIn } from '../sign-in-events/outcomes';
import { recordSignInEvent } from '../sign-in-events/record';
import { signInInput } from './schemas';
import { reserveSignIn, signInLimits } from './throttle';

/**
 * What comes next: signed in, or the second step (an account with two-factor sign-in has no session
 * until the code is given, see two-factor/verify-sign-in.ts). `setCookies` are the cookies set on the
 * response (already copied to SvelteKit's response in a request; tests carry them to the next call).
 */
export type SignInResult =
	{ next: 'signed_in'; userId: string; setCookies: string[] } | { next: 'two_factor'; setCookies: string[] };

/**
 * Signs in with email and password; the session cookie is set on the current response.
 * A wrong email and a wrong password fail alike. Every attempt is counted before the password is
 * checked, per account and address, per address, and per account (throttle.ts); one over a limit is
 * refused (429) without checking the password. The right password does not count.
 * Records the outcome (sign-in-events): a success mails the person when the device is new.
 */
export async function signIn(input: unknown, request: SignInClient): Promise<SignInResult> {
	const data = parseInput(signInInput, input);
	const attempt = await reserveSignIn(signInLimits(data.email, request.address));
	let result;
	try {
		result = await auth().api.signInEmail({
			body: { email: data.email, password: data.password, rememberMe: true },
			headers: request.headers,
			returnHeaders: true
		});
	} catch (error) {
		// Our own failure is not the guesser's: it does not count.
		if (!(error instanceof APIError) || error.statusCode >= 500) {
			await attempt.giveBack();
			throw error;
		}
		await recordFailedSignIn(data.email, request);
		throw new AppError('unauthenticated', m.auth_error_invalid_credentials());
	}
	await attempt.succeeded();
	const setCookies = result.headers.getSetCookie();
	if ('twoFactorRedirect' in result.response) return { next: 'two_factor', setCookies };
	await recordSignedIn(result.response.user.id, request, { sessionToken: result.response.token });
	return { next: 'signed_in', userId: result.response.user.id, setCookies };
}

/** Ends this session; recorded as a session that ended because its person signed out. */
export async function signOut(headers: Headers, who?: { userId: string; client: SignInClient }): Promise<void> {
	await auth().api.signOut({ headers });
	if (who)
		await recordSignInEvent({ kind: 'session_ended', detail: 'signed_out', userId: who.userId, client: who.client });
}
