import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { plainPage } from './plain-page';

/** How long a reader or a client is asked to wait: the probe usually notices a return within a second. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The 503 answer while the database cannot be reached (db/availability.ts), in the reader's language:
 * the API's error envelope under /api and for enhanced forms and data requests, otherwise a small page
 * of its own. Not the error page: that renders the layout, whose data comes from the database.
 */
export function unavailableResponse(event: Pick<RequestEvent, 'url' | 'request' | 'locals'>): Response {
	const headers = { 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) };
	const json =
		event.url.pathname.startsWith('/api/') ||
		event.url.pathname.endsWith('/__data.json') ||
		event.request.headers.get('x-sveltekit-action') === 'true' ||
		(event.request.headers.get('accept') ?? '').startsWith('application/json');
	if (json) {
		const body = { error: { code: 'unavailable', message: m.api_error_unavailable() } };
		return Response.json(body, { status: 503, headers });
	}
	const title = m.error_unavailable_title();
	const here = `${event.url.pathname}${event.url.search}`;
	return plainPage({
		lang: event.locals.locale ?? 'sv',
		title,
		text: m.error_unavailable_text(),
		link: { href: here, label: m.error_unavailable_retry() },
		status: 503,
		headers
	});
}
