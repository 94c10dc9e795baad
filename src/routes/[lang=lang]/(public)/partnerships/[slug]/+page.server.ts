import { error } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { publicPartnershipDetails } from '$lib/server/domain/partnerships/public';
import { getPublicPartnershipBySlug } from '$lib/server/domain/partnerships/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	// A partnership the public may not see yet (decision 0013) answers as if it did not exist.
	const found = await getPublicPartnershipBySlug(params.slug);
	if (!found) error(404, 'Not found');
	const { partnership, theme, network, parties } = found;
	const { steeringGroup, projectGroup, ...details } = await publicPartnershipDetails(partnership.id);
	const side = (organisationId: string) => parties.find((p) => p.id === organisationId)?.name ?? '';
	return {
		...details,
		steeringGroup: steeringGroup.map(({ organisationId, ...member }) => ({ ...member, side: side(organisationId) })),
		projectGroup: projectGroup.map(({ organisationId, ...member }) => ({ ...member, side: side(organisationId) })),
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
