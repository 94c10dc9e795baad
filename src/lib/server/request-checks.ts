import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { apiError, apiNotFound } from './api/respond';
import { declaresTooLargeBody, tooLarge } from './body-limit';
import { AppError } from './errors';
import { isStorableText } from './validation';

/**
 * The address's own rule for text, before any route reads it: a path segment or query parameter with
 * a NUL (`/sv/partnerships/%00`, `?network=%00`) would reach PostgreSQL, which refuses it with a 500.
 * A route parameter names nothing that can exist: 404, the normal not-found page (a JSON 404 under
 * /api). A query parameter is the client's mistake: 400, the API's envelope naming each parameter.
 * Answers null for an address that is fine.
 */
export function unreadableAddress(event: Pick<RequestEvent, 'url' | 'params' | 'locals'>): Response | null {
	const isApi = event.url.pathname.startsWith('/api/');
	if (Object.values(event.params).some((value) => value !== undefined && !isStorableText(value))) {
		if (isApi) return apiNotFound();
		error(404, m.api_error_not_found());
	}
	const bad: Record<string, string> = {};
	for (const [name, value] of event.url.searchParams) {
		if (!isStorableText(value) || !isStorableText(name))
			bad[isStorableText(name) ? name : '_query'] = m.validation_unreadable_parameter();
	}
	if (Object.keys(bad).length === 0) return null;
	if (isApi) return apiError(AppError.invalid(bad), event, 'query');
	error(400, m.error_unreadable_address());
}

/**
 * A body declared larger than the server takes answers 413 before anything reads it, with the limit
 * in the reader's language: the API's envelope, an ActionResult for an enhanced form, else the error
 * page. (adapter-node stops a chunked body while it is read; apiWrite answers that one.)
 */
export function tooLargeBody(event: Pick<RequestEvent, 'url' | 'request' | 'locals'>): Response | null {
	if (!declaresTooLargeBody(event.request)) return null;
	const refusal = tooLarge();
	if (event.url.pathname.startsWith('/api/')) return apiError(refusal, event);
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return Response.json(
			{ type: 'error', status: 413, error: { message: refusal.message } },
			{ status: 413, headers: { 'cache-control': 'no-store' } }
		);
	error(413, refusal.message);
}
