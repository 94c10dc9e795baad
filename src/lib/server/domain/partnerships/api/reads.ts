import { parseInput } from '$lib/server/validation';
import type { Actor } from '../../accounts/actor';
import { listPartnerships, type PartnershipListItem } from '../queries';
import { partnershipListQuery } from '../schemas';
import { partnershipDetail } from '../workspace';
import type { Partnership, PartnershipDetailDocument, PartnershipPage } from './schemas';

/** GET /api/v1/partnerships: query parameters as given in the URL; invalid ones throw AppError('invalid'). */
export async function readPartnerships(params: URLSearchParams): Promise<PartnershipPage> {
	const query = parseInput(partnershipListQuery, Object.fromEntries(params));
	const result = await listPartnerships({
		networkSlug: query.network,
		themeSlug: query.theme,
		countryCode: query.country,
		page: query.page,
		limit: query.limit
	});
	return { data: result.items.map(toPartnership), page: result.page, limit: result.limit, total: result.total };
}

/** A partnership as the public API names it: by slug, internal ids left out. */
export function toPartnership(p: PartnershipListItem): Partnership {
	return {
		slug: p.slug,
		title: p.title,
		phase: p.phase,
		startDate: p.startDate,
		endDate: p.endDate,
		theme: p.theme,
		network: p.network,
		parties: p.parties
	};
}

/**
 * GET /api/v1/partnerships/{id}, and the answer of the partnership writes: the partnership as the actor
 * may see it (404 for anything else, including an id that is not a uuid).
 */
export async function readPartnershipDetail(actor: Actor, id: string): Promise<PartnershipDetailDocument> {
	const d = await partnershipDetail(actor, id);
	const p = d.partnership;
	return {
		data: {
			id: p.id,
			slug: p.slug,
			programmeId: p.programmeId,
			title: p.title,
			challenge: p.challenge,
			phase: p.phase,
			startDate: p.startDate,
			endDate: p.endDate,
			projectStartDate: p.projectStartDate,
			projectEndDate: p.projectEndDate,
			theme: d.theme,
			network: d.network,
			parties: d.parties,
			warnings: d.warnings.map((w) => ({
				code: w.code,
				...('organisationId' in w ? { organisationId: w.organisationId } : {}),
				message: w.message
			})),
			public: d.visibility !== 'not_public',
			publishedAt: p.publishedAt?.toISOString() ?? null,
			canEdit: d.canEdit
		}
	};
}
