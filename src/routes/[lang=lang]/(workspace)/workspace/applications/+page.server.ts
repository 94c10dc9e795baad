import { localize } from '$lib/i18n/translated';
import { listExpressions } from '$lib/server/domain/expressions/queries';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

/** My applications: answers I gave or that an organisation I coordinate gave, 25 a page. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const page = await loadPage(url, 25, (args) => listExpressions(locals.actor, args));
	return {
		page: page.page,
		pages: page.pages,
		total: page.total,
		items: page.items.map((e) => ({
			id: e.id,
			call: localize(e.callTitle, locals.locale),
			callSlug: e.callSlug,
			organisation: e.organisationName,
			status: e.status,
			submittedAt: e.submittedAt?.toISOString() ?? null
		}))
	};
};
