import { m } from '$lib/paraglide/messages';
import { requireStaff } from '$lib/server/guards';
import { listParams } from '$lib/server/list-params';
import { listDownload } from '$lib/server/table-export';
import { peopleList, peopleTable } from '../list';
import type { RequestHandler } from './$types';

/** Everyone with an account as CSV or Excel (`?format=`), in the order the list showed. Staff only. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireStaff(locals);
	const { sort, dir } = listParams(url, peopleList);
	return listDownload(url, m.admin_people_heading(), () => peopleTable(sort, dir));
};
