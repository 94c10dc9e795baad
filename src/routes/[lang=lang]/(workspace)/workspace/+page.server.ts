import { localize } from '$lib/i18n/translated';
import { organisationsOf } from '$lib/server/domain/accounts/queries';
import { countryName } from '$lib/server/domain/countries/names';
import { nextMilestone, todayIso } from '$lib/server/domain/partnerships/next-date';
import { workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { requireUser } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

/** My organisations and partnerships (for staff: every partnership), 25 partnerships a page. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const locale = locals.locale;
	const today = todayIso();
	const [organisations, partnerships] = await Promise.all([
		organisationsOf(user.id),
		loadPage(url, 25, (args) => workspacePartnerships(locals.actor, args))
	]);
	return {
		name: user.name,
		isStaff: user.isStaff,
		organisations: organisations.map((o) => ({
			slug: o.slug,
			name: o.name,
			country: countryName(o.countryCode, locale),
			role: o.role
		})),
		partnerships: {
			page: partnerships.page,
			pages: partnerships.pages,
			total: partnerships.total,
			items: partnerships.items.map((p) => ({
				slug: p.slug,
				title: localize(p.title, locale),
				phase: p.phase,
				next: nextMilestone(p, today),
				parties: p.parties.map((party) => ({
					slug: party.slug,
					name: party.name,
					country: countryName(party.countryCode, locale)
				})),
				warnings: p.warnings.map((w) => w.message)
			}))
		}
	};
};
