import { listThemesForStaff } from '$lib/server/domain/themes/queries';
import { requireStaff } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	return { themes: await listThemesForStaff() };
};
