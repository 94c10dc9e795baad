import { localize } from '$lib/i18n/translated';
import { db } from '$lib/server/db/client';
import { countryName } from '$lib/server/domain/countries/names';
import { partnershipFor } from '$lib/server/domain/partnerships/access';
import { endedNotice, isFinalPhase } from '$lib/server/domain/partnerships/phases';
import { getPartnershipBySlug } from '$lib/server/domain/partnerships/queries';
import { visibilityOf } from '$lib/server/domain/partnerships/visibility';
import { orErrorPage } from '$lib/server/form-actions';
import type { LayoutServerLoad } from './$types';

/** The partnership's workspace: for staff and the parties' people; 404 for everyone else. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { partnership, access } = await orErrorPage(partnershipFor(db(), locals.actor, { slug: params.slug }, 'read'));
	const [found, publicity] = await Promise.all([getPartnershipBySlug(partnership.slug), visibilityOf(partnership)]);
	// A completed or terminated partnership's plan, results and governance are its record: read only.
	const ended = isFinalPhase(partnership.phase);
	return {
		partnership: {
			id: partnership.id,
			slug: partnership.slug,
			title: localize(partnership.title, locals.locale),
			phase: partnership.phase
		},
		parties: found!.parties.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			countryCode: p.countryCode,
			country: countryName(p.countryCode, locals.locale)
		})),
		lang: locals.locale,
		canEdit: access === 'edit' && !ended,
		ended,
		endedNotice: ended ? endedNotice(partnership.phase) : null,
		publicity: {
			visibility: publicity.visibility,
			publicFrom: publicity.publicFrom,
			publishedAt: publicity.publishedAt?.toISOString() ?? null,
			publicByPhase: publicity.publicByPhase
		},
		isStaff: locals.actor.isStaff
	};
};
