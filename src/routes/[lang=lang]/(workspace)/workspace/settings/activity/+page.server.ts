import { mySignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { signInEventLabel } from '$lib/server/domain/sign-in-events/present';
import { requireUser } from '$lib/server/guards';
import { loadList, type ListSpec } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** Newest first, the only order a log of events needs. */
const eventList: ListSpec<'when'> = { sorts: ['when'], defaultSort: 'when', defaultDir: 'desc' };

/** All of the person's sign-in events, 25 to a page. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const events = await loadList(url, eventList, (page) => mySignInEvents(locals.actor, page));
	return {
		list: events.list,
		events: events.items.map((e) => ({ ...e, ...signInEventLabel(e.kind, e.detail) }))
	};
};
