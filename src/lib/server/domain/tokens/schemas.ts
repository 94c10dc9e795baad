import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localNumber, optional } from '$lib/server/validation';

export const TOKEN_NAME_MAX = 80;
export const TOKEN_DAYS_MAX = 365;

/**
 * A new personal API token: what it is for, optionally after how many days it stops working, and the
 * maker's current password (asked again: a session left open must not be enough to make one).
 */
export const tokenInput = z.object({
	password: z
		.string({ error: () => m.token_error_password_required() })
		.min(1, { error: () => m.token_error_password_required() })
		.max(128, { error: () => m.token_error_password_wrong() }),
	name: z
		.string({ error: () => m.token_error_name_required() })
		.trim()
		.min(1, { error: () => m.token_error_name_required() })
		.max(TOKEN_NAME_MAX, { error: () => m.token_error_name_too_long({ max: TOKEN_NAME_MAX }) }),
	expiresInDays: optional(
		localNumber({ whole: true, min: 1, max: TOKEN_DAYS_MAX, error: () => m.token_error_days({ max: TOKEN_DAYS_MAX }) })
	)
});
export type TokenInput = z.input<typeof tokenInput>;
