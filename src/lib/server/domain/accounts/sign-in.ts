import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { signInInput } from './schemas';
import { clearFailures, registerFailure, secondsBlocked, signInKeys } from './throttle';

/**
 * Signs in with email and password; the session cookie is set on the current response.
 * A wrong email and a wrong password fail alike. Repeated failures block the account and the
 * address for a while (throttle.ts), and a blocked attempt is refused without checking the password.
 */
export async function signIn(input: unknown, request: { address: string; headers: Headers }): Promise<void> {
	const data = parseInput(signInInput, input);
	const keys = signInKeys(data.email, request.address);
	const wait = await secondsBlocked(keys);
	if (wait > 0) throw tooManyAttempts(wait);
	try {
		await auth().api.signInEmail({
			body: { email: data.email, password: data.password, rememberMe: true },
			headers: request.headers
		});
	} catch (error) {
		if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
		await registerFailure(keys);
		const after = await secondsBlocked(keys);
		if (after > 0) throw tooManyAttempts(after);
		throw new AppError('unauthenticated', m.auth_error_invalid_credentials());
	}
	await clearFailures(keys.slice(0, 1));
}

function tooManyAttempts(seconds: number): AppError {
	const minutes = Math.max(1, Math.ceil(seconds / 60));
	return new AppError('rate_limited', m.auth_error_too_many_attempts({ minutes }), {}, seconds);
}

export async function signOut(headers: Headers): Promise<void> {
	await auth().api.signOut({ headers });
}
