import { listProgrammes } from '$lib/server/domain/programmes/queries';
import { requireStaff } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	return { programmes: await listProgrammes() };
};
