import { listCallsForStaff } from '$lib/server/domain/calls/queries';
import { orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { pageCount, pageParam } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const list = await orErrorPage(listCallsForStaff(actor, { page: pageParam(url), limit: PER_PAGE }));
	return { calls: list.items, page: list.page, pages: pageCount(list.total, PER_PAGE) };
};
