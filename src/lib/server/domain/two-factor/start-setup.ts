import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { withPasswordAgain } from '../security/password-again';
import { passwordRefused } from './errors';
import { twoFactorStatus } from './queries';
import { pendingSetupKey, type SetupKey } from './setup-key';
import { passwordInput } from './schemas';

/**
 * Starts setting up an authenticator app for the signed-in person, after their password: a new secret
 * (replacing one never confirmed) that the app reads from the QR code or the key typed by hand.
 * Nothing changes at sign-in until the first code is confirmed (confirm-setup.ts).
 */
export async function startTwoFactorSetup(actor: Actor, input: unknown, headers: Headers): Promise<SetupKey> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const data = parseInput(passwordInput, input);
	if ((await twoFactorStatus(actor.userId)).enabled) throw new AppError('conflict', m.security_two_factor_already_on());
	await withPasswordAgain(actor.userId, async () => {
		try {
			await auth().api.enableTwoFactor({ body: { password: data.password, method: 'totp' }, headers });
		} catch (error) {
			throw passwordRefused(error);
		}
	});
	const key = await pendingSetupKey(actor.userId);
	if (!key) throw new Error('two-factor setup stored no pending key');
	return key;
}
