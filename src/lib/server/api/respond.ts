import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { readThrough } from '../cache/read-cache';
import { AppError, asAppError, isAppError, type AppErrorCode } from '../errors';
import { noteDatabaseError } from '../db/availability';
import { log } from '../log';
import { RETRY_AFTER_SECONDS } from '../unavailable';
import { isTooLarge, tooLarge } from '../body-limit';
import { toFieldErrors } from '../validation';
import type { Actor } from '../domain/accounts/actor';
import type { ApiErrorBody, ApiErrorCode } from './schemas';

// The one place where errors become API answers; handlers only say what to read.

const apiCode: Record<AppErrorCode, ApiErrorCode> = {
	invalid: 'invalid_parameters',
	unauthenticated: 'unauthenticated',
	forbidden: 'forbidden',
	not_found: 'not_found',
	conflict: 'conflict',
	too_large: 'too_large',
	unsupported_media_type: 'unsupported_media_type',
	rate_limited: 'rate_limited'
};

/** Public data may sit in shared caches for a minute; errors are never stored. */
const PUBLIC_READ = { 'cache-control': 'public, max-age=60' };
const NO_STORE = 'no-store';

type ApiEvent = { url: URL; locals: { requestId?: string } };
type ActorEvent = { url: URL; request: Request; locals: { requestId?: string; actor: Actor } };

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
 * Answers a read that depends on who asks (a session or a personal API token): never cached, and a
 * signed-out caller gets 401. The use case decides the rest (404 for what the actor may not see).
 */
export async function privateRead(event: ActorEvent, read: (actor: Actor) => Promise<unknown>): Promise<Response> {
	try {
		const actor = signedInActor(event);
		return jsonResponse(200, await read(actor), { 'cache-control': NO_STORE });
	} catch (error) {
		return apiError(error, event);
	}
}

/**
 * Answers a write: parses the JSON body (a body that is not JSON is a 400 naming `body`), calls the
 * use case with the actor and the body, and answers with what it returns (`status`, 200 by default;
 * 204 when it returns nothing). Field errors come back exactly as the forms show them.
 */
export async function apiWrite(
	event: ActorEvent,
	write: (actor: Actor, body: unknown) => Promise<unknown>,
	{ status = 200 }: { status?: number } = {}
): Promise<Response> {
	try {
		const actor = signedInActor(event);
		const body = event.request.method === 'DELETE' ? undefined : await readJsonBody(event.request);
		const result = await write(actor, body);
		if (result === undefined) return new Response(null, { status: 204, headers: { 'cache-control': NO_STORE } });
		return jsonResponse(status, result, { 'cache-control': NO_STORE });
	} catch (error) {
		return apiError(error, event, 'body');
	}
}

function signedInActor(event: ActorEvent): Actor {
	const { actor } = event.locals;
	if (!actor.userId) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	return actor;
}

/**
 * The body as JSON: one sent as something else (a form, plain text) answers 415, one over the server's
 * size limit 413 (adapter-node's BODY_SIZE_LIMIT, which fails the read), one that does not parse 400.
 */
async function readJsonBody(request: Request): Promise<unknown> {
	const type = request.headers.get('content-type');
	const text = await request.text().catch((error: unknown) => {
		if (isTooLarge(error)) throw tooLarge();
		throw error;
	});
	if (text.trim() === '') return {};
	if (type !== null && !isJsonType(type)) throw new AppError('unsupported_media_type', m.api_error_content_type());
	try {
		return JSON.parse(text);
	} catch {
		throw AppError.invalid({ body: m.api_error_body_not_json() });
	}
}

const isJsonType = (type: string) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type.trim());

/**
 * Maps what a read or write threw to an error answer: AppError by its code (an invalid input names every
 * bad query parameter, or every bad body field for writes), a ZodError as invalid parameters, a lost database as 503 with Retry-After, anything else as a logged 500 that reveals nothing.
 */
export function apiError(error: unknown, event: ApiEvent, input: 'query' | 'body' = 'query'): Response {
	const known =
		error instanceof z.ZodError
			? AppError.invalid(toFieldErrors(error.issues))
			: isTooLarge(error)
				? tooLarge()
				: asAppError(error);
	// The database is gone (logged once by availability.ts): 503, and when to try again.
	if (noteDatabaseError(error))
		return errorResponse(
			503,
			{ code: 'unavailable', message: m.api_error_unavailable() },
			{ 'retry-after': String(RETRY_AFTER_SECONDS) }
		);
	if (!isAppError(known)) {
		log.error({ requestId: event.locals.requestId, path: event.url.pathname, err: error }, 'api error');
		return errorResponse(500, { code: 'internal', message: m.api_error_internal() });
	}
	const headers: Record<string, string> = {};
	if (known.retryAfterSeconds) headers['retry-after'] = String(known.retryAfterSeconds);
	if (known.code === 'invalid' && input === 'body')
		return errorResponse(known.status, {
			code: 'invalid_input',
			message: m.api_error_invalid_input(),
			fields: known.fieldErrors
		});
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
