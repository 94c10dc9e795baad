import { mySignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { signInEventLabel } from '$lib/server/domain/sign-in-events/present';
import { requireUser } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

/** All of the person's sign-in events, 25 to a page. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const events = await loadPage(url, 25, (page) => mySignInEvents(locals.actor, page));
	return {
		page: events.page,
		pages: events.pages,
		events: events.items.map((e) => ({ ...e, ...signInEventLabel(e.kind, e.detail) }))
	};
};
