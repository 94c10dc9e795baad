import { localize } from '$lib/i18n/translated';
import { listThemesForStaff } from '$lib/server/domain/themes/queries';
import { requireStaff } from '$lib/server/guards';
import { listParams, listState, pageOf, type ListSpec } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const themeList: ListSpec<'name' | 'networks' | 'partnerships'> = {
	sorts: ['name', 'networks', 'partnerships'],
	defaultSort: 'name',
	per: 200
};

/** Staff: every theme (few enough to sort in memory, by its name in the reader's language). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const locale = locals.locale;
	const all = await listThemesForStaff();
	const name = (t: (typeof all)[number]) => localize(t.name, locale).text || t.slug;
	const params = listParams(url, themeList);
	const shown = pageOf(all, params, {
		name: (a, b) => name(a).localeCompare(name(b), locale),
		networks: (a, b) => a.networkCount - b.networkCount,
		partnerships: (a, b) => a.partnershipCount - b.partnershipCount
	});
	return { themes: shown.items, list: listState(themeList, { ...params, page: shown.page }, shown.total) };
};
