import { m } from '$lib/paraglide/messages';
import { requireStaff } from '$lib/server/guards';
import { listParams } from '$lib/server/list-params';
import { listDownload } from '$lib/server/table-export';
import { organisationList, organisationTable } from '../list';
import type { RequestHandler } from './$types';

/** Every organisation as CSV or Excel (`?format=`), in the order the list showed. Staff only. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireStaff(locals);
	const { sort, dir } = listParams(url, organisationList);
	return listDownload(url, m.admin_organisations(), () => organisationTable(sort, dir, locals.locale));
};
