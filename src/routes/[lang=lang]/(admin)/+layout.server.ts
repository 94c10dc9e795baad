import { requireStaff } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

// Staff pages do not exist for anyone else (the hooks answer 404 to their actions and data requests).
export const load: LayoutServerLoad = ({ locals }) => {
	requireStaff(locals);
	return {};
};
