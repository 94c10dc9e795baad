import { m } from '$lib/paraglide/messages';
import { auditFiltersFromUrl } from '$lib/server/domain/audit/schemas';
import { orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { listParams } from '$lib/server/list-params';
import { listDownload } from '$lib/server/table-export';
import { auditList, auditTable } from '../list';
import type { RequestHandler } from './$types';

/** The events the audit log's filters keep, as CSV or Excel. Staff only; a bad filter is a 400. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const { dir } = listParams(url, auditList);
	const values = auditFiltersFromUrl(url.searchParams);
	return listDownload(url, m.audit_title(), () => orErrorPage(auditTable(actor, values, dir, locals.locale)));
};
