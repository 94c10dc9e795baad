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

/** PostgreSQL's refusals of a write that raced another: unique violation, serialization failure, deadlock. */
const raceCodes = new Set(['23505', '40001', '40P01']);

/**
 * A write that lost a race the use case did not foresee answers 409 with a message, not 500: the named
 * races have their own rule (a lock or a retry); this is the floor under the rest.
 */
export function asAppError(error: unknown): unknown {
	for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && raceCodes.has(code))
			return new AppError('conflict', m.api_error_concurrent_change());
		e = (e as { cause?: unknown }).cause;
	}
	return error;
}
