import { listNetworks } from '$lib/server/domain/networks/queries';
import { withCountryNames } from '$lib/server/domain/networks/present';
import { requireStaff } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	return { networks: (await listNetworks()).map((n) => withCountryNames(n, locals.locale)) };
};
