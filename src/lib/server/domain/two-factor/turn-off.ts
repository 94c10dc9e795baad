import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignInEvent } from '../sign-in-events/record';
import { withPasswordAgain } from '../security/password-again';
import { passwordRefused } from './errors';
import { mustUseTwoFactor } from './policy';
import { passwordInput } from './schemas';

/**
 * Turns two-factor sign-in off after the password: the secret and recovery codes are deleted. Staff
 * cannot (they must sign in with a code). better-auth replaces the session with a new one.
 */
export async function turnOffTwoFactor(actor: Actor, input: unknown, client: SignInClient): Promise<void> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	if (mustUseTwoFactor(actor)) throw new AppError('forbidden', m.security_two_factor_staff_keep());
	const data = parseInput(passwordInput, input);
	await withPasswordAgain(actor.userId, async () => {
		try {
			await auth().api.disableTwoFactor({ body: { password: data.password }, headers: client.headers });
		} catch (error) {
			throw passwordRefused(error);
		}
	});
	await recordSignInEvent({ kind: 'two_factor_disabled', userId: actor.userId, client });
}
