import type { RequestEvent } from '@sveltejs/kit';
import { pageTitle } from '$lib/page-title';
import { m } from '$lib/paraglide/messages';

type Refusal = { origin: string | null; expected: string };

/**
 * The 403 answer to a cross-site form post, in the reader's language: the API's error envelope for
 * /api and enhanced forms' fetches, otherwise a small page that says what happened and links back to
 * the page at Glokal's own address. It is built here, not by the error page, because the post is
 * refused before any route runs.
 */
export function refusedFormPage(event: RequestEvent, { origin, expected }: Refusal): Response {
	const text = m.csrf_refused_text({ origin: origin ?? m.csrf_unknown_origin(), expected });
	const noStore = { 'cache-control': 'no-store' };
	if (event.url.pathname.startsWith('/api/')) {
		return Response.json({ error: { code: 'forbidden', message: text } }, { status: 403, headers: noStore });
	}
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		// What `use:enhance` expects back: an ActionResult, shown on the error page.
		return Response.json({ type: 'error', status: 403, error: { message: text } }, { status: 403, headers: noStore });
	}
	const back = `${expected}${event.url.pathname}${event.url.search}`;
	const title = m.csrf_refused_title();
	const html = `<!doctype html>
<html lang="${event.locals.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(pageTitle(title))}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escape(title)}</h1>
<p>${escape(text)}</p>
<p><a href="${escape(back)}">${escape(m.csrf_refused_retry())}</a></p>
</body>
</html>`;
	return new Response(html, {
		status: 403,
		headers: {
			...noStore,
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
