import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { auth } from '$lib/server/auth';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { SignInClient } from '../sign-in-events/client';
import { withPasswordAgain } from '../security/password-again';
import { recordSignInEvent } from '../sign-in-events/record';
import { isSignedIn, type Actor } from './actor';
import { newPassword, passwordAgain } from './schemas';

export const changePasswordInput = z
	.object({
		currentPassword: z
			.string({ error: () => m.auth_error_password_required() })
			.min(1, { error: () => m.auth_error_password_required() })
			.max(128, { error: () => m.auth_error_password_too_long() }),
		password: newPassword,
		confirm: passwordAgain
	})
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: () => m.auth_error_passwords_differ() });

/**
 * Changes the signed-in person's password after the current one (wrong ones are limited with the other
 * password prompts of Settings, security/password-again.ts). Every other session ends (better-auth
 * makes this one anew and sets its cookie); recorded as a sign-in event.
 */
export async function changePassword(
	actor: Actor,
	input: unknown,
	client: SignInClient
): Promise<{ setCookies: string[] }> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const data = parseInput(changePasswordInput, input);
	const result = await withPasswordAgain(actor.userId, async () => {
		try {
			return await auth().api.changePassword({
				body: { currentPassword: data.currentPassword, newPassword: data.password, revokeOtherSessions: true },
				headers: client.headers,
				returnHeaders: true
			});
		} catch (error) {
			if (error instanceof APIError && error.statusCode < 500)
				throw AppError.invalid({ currentPassword: m.security_password_wrong() });
			throw error;
		}
	});
	await recordSignInEvent({ kind: 'password_changed', userId: actor.userId, client });
	return { setCookies: result.headers.getSetCookie() };
}
