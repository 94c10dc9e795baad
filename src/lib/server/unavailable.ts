import type { RequestEvent } from '@sveltejs/kit';
import { pageTitle } from '$lib/page-title';
import { m } from '$lib/paraglide/messages';

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
	const html = `<!doctype html>
<html lang="${event.locals.locale ?? 'sv'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(pageTitle(title))}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escape(title)}</h1>
<p>${escape(m.error_unavailable_text())}</p>
<p><a href="${escape(here)}">${escape(m.error_unavailable_retry())}</a></p>
</body>
</html>`;
	return new Response(html, {
		status: 503,
		headers: {
			...headers,
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
		}
	});
}

function escape(value: string): string {
	return value.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}
