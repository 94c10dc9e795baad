import { exportHrefs } from '$lib/components/table/list-url';
import { listOrganisations } from '$lib/server/domain/organisations/queries';
import { requireStaff } from '$lib/server/guards';
import { loadList } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';
import { organisationList, organisationRow } from './list';

/** Staff: every organisation, 25 a page, sorted by any column the list allows, with its download. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const found = await loadList(url, organisationList, listOrganisations);
	return {
		list: found.list,
		total: found.total,
		items: found.items.map((o) => organisationRow(o, locals.locale)),
		exports: exportHrefs(url)
	};
};
