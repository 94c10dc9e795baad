import { db } from '$lib/server/db/client';
import { projectGroupMembers } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, requireParty, type PartnershipKey } from './edit';
import { projectMemberView } from './present';
import { projectMemberInput, type ProjectMemberInput } from './schemas';

/**
 * Adds an official to a partnership's project group. Staff and coordinators of any party (for either
 * side); members read only (403), others 404.
 * Rules: the side is one of the partnership's parties (checked under a lock on the partnership row,
 * like every governance change). Records `partnership.project_member_added` in its history.
 */
export async function addProjectMember(actor: Actor, partnership: PartnershipKey, input: ProjectMemberInput) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(projectMemberInput, input);
		requireParty(found.partyIds, data.organisationId);
		const [created] = await tx
			.insert(projectGroupMembers)
			.values({ ...data, email: data.email ?? null, title: data.title ?? null, partnershipId: found.partnership.id })
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.project_member_added', { after: created });
		return projectMemberView(created!);
	});
}
