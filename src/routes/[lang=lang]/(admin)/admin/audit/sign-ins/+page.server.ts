import { searchSignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { signInEventKindOptions, signInEventLabel } from '$lib/server/domain/sign-in-events/present';
import { signInFiltersFromUrl } from '$lib/server/domain/sign-in-events/schemas';
import { isAppError } from '$lib/server/errors';
import { requireStaff } from '$lib/server/guards';
import { listState, loadList, type ListSpec } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** Newest first, the only order a log of events needs. */
const eventList: ListSpec<'when'> = { sorts: ['when'], defaultSort: 'when', defaultDir: 'desc' };

/** Staff's search of sign-in events; filters from the address (a GET form), bad ones named, not fatal. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const values = signInFiltersFromUrl(url.searchParams);
	const kinds = signInEventKindOptions();
	const filtered = Object.values(values).some((v) => v !== '');
	try {
		const found = await loadList(url, eventList, (page) => searchSignInEvents(actor, values, page));
		return {
			values,
			kinds,
			errors: null,
			filtered,
			list: found.list,
			total: found.total,
			events: found.items.map((e) => ({
				...e,
				...signInEventLabel(e.kind, e.detail),
				person: e.name ? `${e.name} (${e.email})` : null
			}))
		};
	} catch (e) {
		if (!isAppError(e) || e.code !== 'invalid') throw e;
		const list = listState(eventList, { sort: 'when', dir: 'desc', page: 1, per: 25 }, 0);
		return { values, kinds, errors: e.fieldErrors, filtered: true, list, total: 0, events: [] };
	}
};
