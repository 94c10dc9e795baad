import { listNetworks } from '$lib/server/domain/networks/queries';
import { withCountryNames } from '$lib/server/domain/networks/present';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	networks: (await listNetworks()).map((n) => withCountryNames(n, locals.locale))
});
