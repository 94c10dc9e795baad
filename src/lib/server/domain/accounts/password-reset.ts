import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { passwordResetInput, passwordResetRequestInput } from './schemas';
import { registerFailure, secondsBlocked } from './throttle';

/**
 * Mails a reset link when the address belongs to an account; answers the same either way, so the
 * form reveals nothing. Limited to 10 requests per address in 15 minutes.
 */
export async function requestPasswordReset(input: unknown, request: { address: string }): Promise<void> {
	const data = parseInput(passwordResetRequestInput, input);
	const keys = [{ key: `reset:${request.address}`, limit: 10 }];
	const wait = await secondsBlocked(keys);
	if (wait > 0)
		throw new AppError(
			'rate_limited',
			m.auth_error_too_many_attempts({ minutes: Math.max(1, Math.ceil(wait / 60)) }),
			{},
			wait
		);
	await registerFailure(keys);
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
 * Sets a new password from a mailed link. The link works once, for an hour; other sessions end.
 * A used, expired or unknown link answers `_form` (a malformed one `token`) with the same message.
 */
export async function resetPassword(input: unknown): Promise<void> {
	const data = parseInput(passwordResetInput, input);
	try {
		await auth().api.resetPassword({ body: { token: data.token, newPassword: data.password } });
	} catch (error) {
		if (error instanceof APIError && error.statusCode < 500)
			throw AppError.invalid({ _form: m.auth_error_reset_link_invalid() });
		throw error;
	}
}
