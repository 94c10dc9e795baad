import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnershipParties } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { partnershipFor } from './access';
import { currentParties, requirePartyRule } from './party-rule';
import { canManagePartnerships } from './policy';
import { partyChangeInput, type PartyChangeInput } from './schemas';

/**
 * Removes a party from a partnership (by id, or `{ slug }`). Staff only: coordinators and members of a party get 403, everyone
 * else 404. Rules: the organisation is a party; the remaining parties still follow the party rule (two or
 * more, one Swedish), otherwise refused on `organisationId`. The party's steering and project group
 * members leave with it (the database cascades). The partnership row is locked while the parties change.
 * Side effect: an audit event 'partnership.party_removed' with the party ids before and after.
 */
export async function removeParty(actor: Actor, partnershipKey: string | { slug: string }, input: PartyChangeInput) {
	const data = parseInput(partyChangeInput, input);
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await partnershipFor(tx, actor, partnershipKey, 'edit', { lock: true });
		if (!canManagePartnerships(actor)) throw new AppError('forbidden', m.partnership_party_error_staff_only());
		if (!partyIds.includes(data.organisationId))
			throw AppError.invalid({ organisationId: m.partnership_party_error_not_a_party() });
		const remaining = (await currentParties(tx, partnership.id)).filter(
			(p) => p.organisationId !== data.organisationId
		);
		requirePartyRule(remaining, 'organisationId');

		await tx
			.delete(partnershipParties)
			.where(
				and(
					eq(partnershipParties.partnershipId, partnership.id),
					eq(partnershipParties.organisationId, data.organisationId)
				)
			);
		const after = partyIds.filter((id) => id !== data.organisationId);
		await recordAudit(tx, actor, {
			action: 'partnership.party_removed',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: { partyIds },
			after: { partyIds: after }
		});
		return { partyIds: after };
	});
}
