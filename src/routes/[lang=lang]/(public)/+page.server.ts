import { currentCalls } from '$lib/server/domain/calls/queries';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { withCountryNames } from '$lib/server/domain/networks/present';
import { listPartnerships } from '$lib/server/domain/partnerships/queries';
import { withPartyCountries } from '$lib/server/domain/partnerships/present';
import { getMainProgramme, programmeFigures } from '$lib/server/domain/programmes/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [programme, figures, networks, latest, openCalls] = await Promise.all([
		getMainProgramme(),
		programmeFigures(),
		listNetworks(),
		// The latest registered, not the latest started: a new partnership has no dates yet.
		listPartnerships({ order: 'recent', page: 1, limit: 3 }),
		currentCalls({ limit: 3 })
	]);
	return {
		programme: programme ? { name: programme.name, description: programme.description } : null,
		figures,
		networks: networks.map((n) => withCountryNames(n, locals.locale)),
		latest: withPartyCountries(latest.items, locals.locale),
		openCalls
	};
};
