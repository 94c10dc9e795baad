import { searchSignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { signInEventKindOptions, signInEventLabel } from '$lib/server/domain/sign-in-events/present';
import { signInFiltersFromUrl } from '$lib/server/domain/sign-in-events/schemas';
import { isAppError } from '$lib/server/errors';
import { requireStaff } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

/** Staff's search of sign-in events; filters from the address (a GET form), bad ones named, not fatal. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const values = signInFiltersFromUrl(url.searchParams);
	const kinds = signInEventKindOptions();
	const filtered = Object.values(values).some((v) => v !== '');
	try {
		const found = await loadPage(url, PER_PAGE, (page) => searchSignInEvents(actor, values, page));
		return {
			values,
			kinds,
			errors: null,
			filtered,
			page: found.page,
			pages: found.pages,
			total: found.total,
			events: found.items.map((e) => ({
				...e,
				...signInEventLabel(e.kind, e.detail),
				person: e.name ? `${e.name} (${e.email})` : null
			}))
		};
	} catch (e) {
		if (!isAppError(e) || e.code !== 'invalid') throw e;
		return { values, kinds, errors: e.fieldErrors, filtered: true, page: 1, pages: 1, total: 0, events: [] };
	}
};
