import { m } from '$lib/paraglide/messages';

/**
 * The one error type use cases throw. Routes and the API map it to HTTP here and nowhere else.
 * Messages are already in the reader's language (validation runs inside the request's locale).
 */
export type AppErrorCode =
	| 'invalid'
	| 'unauthenticated'
	| 'not_found'
	| 'forbidden'
	| 'conflict'
	| 'too_large'
	| 'unsupported_media_type'
	| 'rate_limited';

export type FieldErrors = Record<string, string>;

const httpStatus: Record<AppErrorCode, number> = {
	invalid: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	too_large: 413,
	unsupported_media_type: 415,
	rate_limited: 429
};

export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		message: string,
		readonly fieldErrors: FieldErrors = {},
		readonly retryAfterSeconds?: number
	) {
		super(message);
		this.name = 'AppError';
	}

	get status(): number {
		return httpStatus[this.code];
	}

	/** What we may not show answers as if it did not exist. */
	static notFound(message: string = m.api_error_not_found()): AppError {
		return new AppError('not_found', message);
	}

	static invalid(fieldErrors: FieldErrors, message: string = m.api_error_invalid_input()): AppError {
		return new AppError('invalid', message, fieldErrors);
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
