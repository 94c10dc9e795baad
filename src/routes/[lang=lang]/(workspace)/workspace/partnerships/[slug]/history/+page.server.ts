import { presentEvent } from '$lib/server/domain/audit/present';
import { partnershipHistory } from '$lib/server/domain/audit/queries';
import { orErrorPage } from '$lib/server/form-actions';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

/** The partnership's history, newest first; the read checks access itself (404 for other organisations). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const history = await orErrorPage(
		loadPage(url, PER_PAGE, (page) => partnershipHistory(locals.actor, { slug: params.slug }, page))
	);
	return {
		page: history.page,
		pages: history.pages,
		total: history.total,
		events: history.items.map((event) => presentEvent(event, locals.locale))
	};
};
