import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

// Our own messages: zod's generic ones ("Too small: expected string to have >=1 characters") help nobody.
const email = z
	.email({ error: () => m.auth_error_email_invalid() })
	.max(254, { error: () => m.auth_error_email_invalid() });

/** A new password, as every form that sets one asks for it: 12 to 128 characters (OWASP ASVS 2.1.1). */
export const newPassword = z
	.string({ error: () => m.auth_error_password_too_short() })
	.min(12, { error: () => m.auth_error_password_too_short() })
	.max(128, { error: () => m.auth_error_password_too_long() });

/** The repeated password; each form checks that it equals the first. */
export const passwordAgain = z.string({ error: () => m.auth_error_passwords_differ() });

/** A person's name as they give it for a new account. */
export const personName = z
	.string({ error: () => m.invitation_name_required() })
	.trim()
	.min(2, { error: () => m.invitation_name_required() })
	.max(200, { error: () => m.invitation_name_too_long({ max: 200 }) });

export const signInInput = z.object({
	email,
	password: z
		.string({ error: () => m.auth_error_password_required() })
		.min(1, { error: () => m.auth_error_password_required() })
		.max(128, { error: () => m.auth_error_password_too_long() })
});

export const passwordResetRequestInput = z.object({ email });

export const passwordResetInput = z
	.object({
		token: z
			.string({ error: () => m.auth_error_reset_link_invalid() })
			.min(10, { error: () => m.auth_error_reset_link_invalid() })
			.max(200, { error: () => m.auth_error_reset_link_invalid() }),
		password: newPassword,
		confirm: passwordAgain
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: () => m.auth_error_passwords_differ()
	});
