import { listCallsForStaff, type StaffCallSort } from '$lib/server/domain/calls/queries';
import { orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { loadList, type ListSpec } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const callList: ListSpec<StaffCallSort> = {
	sorts: ['opens', 'closes', 'kind'],
	defaultSort: 'opens',
	defaultDir: 'desc'
};

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const found = await orErrorPage(loadList(url, callList, (args) => listCallsForStaff(actor, args)));
	return { calls: found.items, list: found.list };
};
