import { localize } from '$lib/i18n/translated';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { withCountryNames } from '$lib/server/domain/networks/present';
import { requireStaff } from '$lib/server/guards';
import { listParams, listState, pageOf, type ListSpec } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const networkList: ListSpec<'name' | 'years' | 'partnerships'> = {
	sorts: ['name', 'years', 'partnerships'],
	defaultSort: 'name',
	per: 200
};

/** Staff: every network (few enough to sort in memory, by its name in the reader's language). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const locale = locals.locale;
	const all = (await listNetworks()).map((n) => withCountryNames(n, locale));
	const name = (n: (typeof all)[number]) => localize(n.name, locale).text || n.slug;
	const params = listParams(url, networkList);
	const shown = pageOf(all, params, {
		name: (a, b) => name(a).localeCompare(name(b), locale),
		years: (a, b) => a.startYear - b.startYear || a.endYear - b.endYear,
		partnerships: (a, b) => a.partnershipCount - b.partnershipCount
	});
	return { networks: shown.items, list: listState(networkList, { ...params, page: shown.page }, shown.total) };
};
