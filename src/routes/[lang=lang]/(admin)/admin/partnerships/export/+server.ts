import { m } from '$lib/paraglide/messages';
import { requireStaff } from '$lib/server/guards';
import { listParams } from '$lib/server/list-params';
import { listDownload } from '$lib/server/table-export';
import { partnershipList, partnershipTable } from '../list';
import type { RequestHandler } from './$types';

/** The partnerships the list shows (its phase filter, every page) as CSV or Excel. Staff only. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const { sort, dir } = listParams(url, partnershipList);
	return listDownload(url, m.partnership_admin_title(), () => partnershipTable(actor, url, sort, dir, locals.locale));
};
