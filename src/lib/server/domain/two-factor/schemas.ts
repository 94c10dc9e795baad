import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** The password, asked again before two-factor settings change. */
export const passwordInput = z.object({
	password: z
		.string({ error: () => m.auth_error_password_required() })
		.min(1, { error: () => m.auth_error_password_required() })
		.max(128, { error: () => m.auth_error_password_too_long() })
});

/** Six digits from the app; spaces people copy along are dropped. */
export const appCode = z
	.string({ error: () => m.security_code_required() })
	.transform((v) => v.replace(/\s/g, ''))
	.pipe(
		z
			.string()
			.min(1, { error: () => m.security_code_required() })
			.regex(/^\d{6}$/, { error: () => m.security_code_format() })
	);

/** A recovery code as printed (xxxxx-xxxxx); letters keep their case. */
const recoveryCode = z
	.string({ error: () => m.security_code_required() })
	.transform((v) => v.replace(/\s/g, ''))
	.pipe(
		z
			.string()
			.min(1, { error: () => m.security_code_required() })
			.max(40, { error: () => m.security_recovery_code_wrong() })
	);

export const confirmSetupInput = z.object({ code: appCode });

export const signInCodeInput = z.discriminatedUnion(
	'method',
	[
		z.object({ method: z.literal('app'), code: appCode }),
		z.object({ method: z.literal('recovery'), code: recoveryCode })
	],
	{ error: () => m.security_code_required() }
);
