import { programmeFigures } from '$lib/server/domain/programmes/queries';
import { requireStaff } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	// Staff count every partnership, public or not yet.
	return { figures: await programmeFigures('all') };
};
