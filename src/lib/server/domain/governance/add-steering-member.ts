import { db } from '$lib/server/db/client';
import { steeringGroupMembers } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, refuseSecondChair, requireParty, type PartnershipKey } from './edit';
import { steeringMemberView } from './present';
import { steeringMemberInput, type SteeringMemberInput } from './schemas';

/**
 * Adds a politician to a partnership's steering group. Staff and coordinators of any party (for
 * either side); members read only (403), others 404.
 * Rules: the side is one of the partnership's parties; at most one chair, checked under a lock on
 * the partnership row. Records `partnership.steering_member_added` in the partnership's history.
 */
export async function addSteeringMember(actor: Actor, partnership: PartnershipKey, input: SteeringMemberInput) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(steeringMemberInput, input);
		requireParty(found.partyIds, data.organisationId);
		if (data.role === 'chair') await refuseSecondChair(tx, found.partnership.id);
		const [created] = await tx
			.insert(steeringGroupMembers)
			.values({ ...data, email: data.email ?? null, partnershipId: found.partnership.id })
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.steering_member_added', { after: created });
		return steeringMemberView(created!);
	});
}
