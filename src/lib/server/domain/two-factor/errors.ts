import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages';
import { AppError } from '$lib/server/errors';

/** better-auth's refusal as our AppError; its own failures (5xx) and anything else pass through. */
export function passwordRefused(error: unknown): AppError | unknown {
	if (error instanceof APIError && error.statusCode < 500 && apiCode(error) === 'INVALID_PASSWORD')
		return AppError.invalid({ password: m.security_password_wrong() });
	return error;
}

export function apiCode(error: APIError): string | undefined {
	const body = error.body as { code?: string } | undefined;
	return body?.code;
}
