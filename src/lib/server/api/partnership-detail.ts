import type { Actor } from '../domain/accounts/actor';
import { partnershipDetail } from '../domain/partnerships/workspace';
import type { PartnershipDetailDocument } from './schemas-partnerships';

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
