import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '$lib/server/errors';

/** The AppError a use case threw, after checking its code. Fails the test when it did not throw one. */
export async function appError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error, `expected AppError('${code}')`).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe(code);
	return error as AppError;
}

/** The field errors of a use case's AppError('invalid'). */
export async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
	return (await appError(promise, 'invalid')).fieldErrors;
}
