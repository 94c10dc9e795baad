import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { withPasswordAgain } from '../security/password-again';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignInEvent } from '../sign-in-events/record';
import { passwordRefused } from './errors';
import { passwordInput } from './schemas';

/**
 * New recovery codes after the password; the old ones stop working. Answers them to be shown once.
 */
export async function renewRecoveryCodes(actor: Actor, input: unknown, client: SignInClient): Promise<string[]> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const data = parseInput(passwordInput, input);
	const codes = await withPasswordAgain(actor.userId, async () => {
		try {
			const { backupCodes } = await auth().api.generateBackupCodes({
				body: { password: data.password },
				headers: client.headers
			});
			return backupCodes;
		} catch (error) {
			throw passwordRefused(error);
		}
	});
	await recordSignInEvent({ kind: 'recovery_codes_renewed', userId: actor.userId, client });
	return codes;
}
