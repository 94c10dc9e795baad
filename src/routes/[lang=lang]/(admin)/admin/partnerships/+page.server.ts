import { exportHrefs } from '$lib/components/table/list-url';
import { phaseLabel } from '$lib/labels';
import { partnershipPhases } from '$lib/server/db/schema';
import { workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { requireStaff } from '$lib/server/guards';
import { loadList } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';
import { partnershipList, partnershipRow, phaseFilter } from './list';

/** Every partnership for staff, 25 a page, optionally one phase (`?phase=`; an unknown phase means all). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const phase = phaseFilter(url);
	const found = await loadList(url, partnershipList, (args) => workspacePartnerships(actor, { ...args, phase }));
	return {
		list: found.list,
		total: found.total,
		phase: phase ?? null,
		phaseOptions: partnershipPhases.map((p) => ({ value: p, label: phaseLabel(p) })),
		items: found.items.map((p) => partnershipRow(p, locals.locale)),
		exports: exportHrefs(url)
	};
};
