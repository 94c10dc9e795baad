import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignInEvent } from '../sign-in-events/record';
import { confirmSetupInput } from './schemas';

/**
 * Confirms a setup with the first code from the app: from now on every sign-in asks for a code.
 * Answers the recovery codes, to be shown once (they are stored encrypted, and only used up).
 * better-auth replaces the session with a new one (its cookie is set on the response).
 * A wrong code answers `code`; the setup stays pending, so the person can try again.
 */
export async function confirmTwoFactorSetup(
	actor: Actor,
	input: unknown,
	client: SignInClient
): Promise<{ recoveryCodes: string[]; setCookies: string[] }> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const data = parseInput(confirmSetupInput, input);
	let result;
	try {
		result = await auth().api.verifyTOTP({ body: { code: data.code }, headers: client.headers, returnHeaders: true });
	} catch (error) {
		if (error instanceof APIError && error.statusCode < 500) throw AppError.invalid({ code: m.security_code_wrong() });
		throw error;
	}
	const { backupCodes } = await auth().api.viewBackupCodes({ body: { userId: actor.userId } });
	await recordSignInEvent({ kind: 'two_factor_enabled', userId: actor.userId, client });
	return { recoveryCodes: backupCodes, setCookies: result.headers.getSetCookie() };
}
