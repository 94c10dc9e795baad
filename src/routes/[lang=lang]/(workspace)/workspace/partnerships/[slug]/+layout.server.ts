import { localize } from '$lib/i18n/translated';
import { db } from '$lib/server/db/client';
import { countryName } from '$lib/server/domain/countries/names';
import { partnershipFor } from '$lib/server/domain/partnerships/access';
import { getPartnershipBySlug } from '$lib/server/domain/partnerships/queries';
import { orErrorPage } from '$lib/server/form-actions';
import type { LayoutServerLoad } from './$types';

/** The partnership's workspace: for staff and the parties' people; 404 for everyone else. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { partnership, access } = await orErrorPage(partnershipFor(db(), locals.actor, { slug: params.slug }, 'read'));
	const found = (await getPartnershipBySlug(partnership.slug))!;
	return {
		partnership: {
			id: partnership.id,
			slug: partnership.slug,
			title: localize(partnership.title, locals.locale),
			phase: partnership.phase
		},
		parties: found.parties.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			countryCode: p.countryCode,
			country: countryName(p.countryCode, locals.locale)
		})),
		lang: locals.locale,
		canEdit: access === 'edit',
		isStaff: locals.actor.isStaff
	};
};
