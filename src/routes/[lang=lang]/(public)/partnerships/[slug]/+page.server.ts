import { error } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { getPartnershipBySlug } from '$lib/server/domain/partnerships/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await getPartnershipBySlug(params.slug);
	if (!found) error(404, 'Not found');
	const { partnership, theme, network, parties } = found;
	return {
		partnership: {
			slug: partnership.slug,
			title: partnership.title,
			challenge: partnership.challenge,
			phase: partnership.phase,
			startDate: partnership.startDate,
			endDate: partnership.endDate
		},
		theme,
		network,
		parties: parties.map((p) => ({
			slug: p.slug,
			name: p.name,
			kind: p.kind,
			subdivision: p.subdivision,
			countryCode: p.countryCode,
			countryName: countryName(p.countryCode, locals.locale)
		}))
	};
};
