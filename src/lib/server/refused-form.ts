import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { plainPage } from './plain-page';

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
	return plainPage({
		lang: event.locals.locale,
		title,
		text,
		link: { href: back, label: m.csrf_refused_retry() },
		status: 403,
		headers: noStore
	});
}
