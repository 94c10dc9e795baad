import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { steeringGroupMembers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, refuseSecondChair, requireParty, type PartnershipKey } from './edit';
import { steeringMemberView } from './present';
import { steeringMemberChanges, type SteeringMemberChanges } from './schemas';

/**
 * Changes a steering group member: only the fields given (a blank email clears it; nothing given,
 * nothing changes). Same access and
 * rules as addSteeringMember (a side among the parties, one chair, under the partnership's lock).
 * A member of another partnership is not found (404). Records `partnership.steering_member_updated`
 * with the row before and after.
 */
export async function updateSteeringMember(
	actor: Actor,
	partnership: PartnershipKey,
	memberId: string,
	changes: SteeringMemberChanges
) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(steeringMemberChanges, changes);
		const [before] = isUuid(memberId)
			? await tx
					.select()
					.from(steeringGroupMembers)
					.where(
						and(eq(steeringGroupMembers.id, memberId), eq(steeringGroupMembers.partnershipId, found.partnership.id))
					)
			: [];
		if (!before) throw AppError.notFound(m.governance_error_member_not_found());
		if (data.organisationId !== undefined) requireParty(found.partyIds, data.organisationId);
		if (data.role === 'chair') await refuseSecondChair(tx, found.partnership.id, memberId);
		if (Object.keys(data).length === 0) return steeringMemberView(before);
		const [after] = await tx
			.update(steeringGroupMembers)
			.set(data)
			.where(eq(steeringGroupMembers.id, memberId))
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.steering_member_updated', { before, after });
		return steeringMemberView(after!);
	});
}
