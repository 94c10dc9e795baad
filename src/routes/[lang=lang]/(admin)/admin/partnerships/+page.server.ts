import { localize } from '$lib/i18n/translated';
import { phaseLabel } from '$lib/labels';
import { partnershipPhases } from '$lib/server/db/schema';
import { countryName } from '$lib/server/domain/countries/names';
import type { Phase } from '$lib/server/domain/partnerships/phases';
import { workspacePartnerships } from '$lib/server/domain/partnerships/workspace';
import { requireStaff } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

/** Every partnership for staff, 25 a page, optionally one phase (`?phase=`; an unknown phase means all). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const asked = url.searchParams.get('phase') ?? '';
	const phase = (partnershipPhases as readonly string[]).includes(asked) ? (asked as Phase) : undefined;
	const result = await loadPage(url, 25, (args) => workspacePartnerships(actor, { ...args, phase }));
	return {
		...result,
		phase: phase ?? null,
		phaseOptions: partnershipPhases.map((p) => ({ value: p, label: phaseLabel(p) })),
		items: result.items.map((p) => ({
			slug: p.slug,
			title: localize(p.title, locals.locale),
			phase: p.phase,
			theme: localize(p.theme.name, locals.locale).text,
			startDate: p.startDate,
			endDate: p.endDate,
			parties: p.parties.map((party) => ({
				slug: party.slug,
				name: party.name,
				country: countryName(party.countryCode, locals.locale)
			})),
			warnings: p.warnings.length
		}))
	};
};
