import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { readThrough } from '../cache/read-cache';
import { AppError, isAppError, type AppErrorCode } from '../errors';
import { log } from '../log';
import { toFieldErrors } from '../validation';
import type { ApiErrorBody, ApiErrorCode } from './schemas';

// The one place where errors become API answers; handlers only say what to read.

const apiCode: Record<AppErrorCode, ApiErrorCode> = {
	invalid: 'invalid_parameters',
	unauthenticated: 'unauthenticated',
	forbidden: 'forbidden',
	not_found: 'not_found',
	conflict: 'conflict',
	rate_limited: 'rate_limited'
};

/** Public data may sit in shared caches for a minute; errors are never stored. */
const PUBLIC_READ = { 'cache-control': 'public, max-age=60' };
const NO_STORE = 'no-store';

type ApiEvent = { url: URL; locals: { requestId?: string } };

/**
 * Answers a public read with its data as JSON, or with the error it threw (see apiError). The encoded
 * answer is kept per URL until the data changes (readThrough), so a repeated read costs no query.
 */
export async function publicRead(event: ApiEvent, read: () => Promise<unknown>): Promise<Response> {
	try {
		const key = `api:${event.url.pathname}?${event.url.searchParams.toString()}`;
		const body = await readThrough(key, async () => Buffer.from(JSON.stringify(await read())));
		return bytesResponse(200, body, PUBLIC_READ);
	} catch (error) {
		return apiError(error, event);
	}
}

/**
 * Maps what a read threw to an error answer: AppError by its code (an invalid input names every bad
 * parameter), a ZodError as invalid parameters, anything else as a logged 500 that reveals nothing.
 */
export function apiError(error: unknown, event: ApiEvent): Response {
	const known = error instanceof z.ZodError ? AppError.invalid(toFieldErrors(error.issues)) : error;
	if (!isAppError(known)) {
		log.error({ requestId: event.locals.requestId, path: event.url.pathname, err: error }, 'api error');
		return errorResponse(500, { code: 'internal', message: m.api_error_internal() });
	}
	const headers: Record<string, string> = {};
	if (known.retryAfterSeconds) headers['retry-after'] = String(known.retryAfterSeconds);
	if (known.code === 'invalid')
		return errorResponse(known.status, {
			code: 'invalid_parameters',
			message: m.api_error_invalid_parameters(),
			parameters: known.fieldErrors
		});
	return errorResponse(known.status, { code: apiCode[known.code], message: known.message }, headers);
}

/** 404 for addresses under /api/v1 that name no endpoint. */
export function apiNotFound(): Response {
	return errorResponse(404, { code: 'not_found', message: m.api_error_not_found() });
}

function errorResponse(status: number, error: ApiErrorBody['error'], headers: Record<string, string> = {}): Response {
	const body: ApiErrorBody = { error };
	return jsonResponse(status, body, { ...headers, 'cache-control': NO_STORE });
}

/** Like SvelteKit's json(), but encodes the body once: json() encodes it a second time to count its bytes. */
function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
	return bytesResponse(status, Buffer.from(JSON.stringify(body)), headers);
}

function bytesResponse(status: number, bytes: Buffer, headers: Record<string, string>): Response {
	return new Response(new Uint8Array(bytes), {
		status,
		headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.byteLength) }
	});
}
