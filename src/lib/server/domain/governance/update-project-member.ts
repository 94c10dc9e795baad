import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { projectGroupMembers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, requireParty, type PartnershipKey } from './edit';
import { projectMemberView } from './present';
import { projectMemberChanges, type ProjectMemberChanges } from './schemas';

/**
 * Changes a project group member: only the fields given (a blank email or job title clears it;
 * nothing given, nothing changes). Same access and rules as addProjectMember (a side among the
 * parties, under the partnership's lock).
 * A member of another partnership is not found (404). Records `partnership.project_member_updated`
 * with the row before and after.
 */
export async function updateProjectMember(
	actor: Actor,
	partnership: PartnershipKey,
	memberId: string,
	changes: ProjectMemberChanges
) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(projectMemberChanges, changes);
		const [before] = isUuid(memberId)
			? await tx
					.select()
					.from(projectGroupMembers)
					.where(and(eq(projectGroupMembers.id, memberId), eq(projectGroupMembers.partnershipId, found.partnership.id)))
			: [];
		if (!before) throw AppError.notFound(m.governance_error_member_not_found());
		if (data.organisationId !== undefined) requireParty(found.partyIds, data.organisationId);
		if (Object.keys(data).length === 0) return projectMemberView(before);
		const [after] = await tx
			.update(projectGroupMembers)
			.set(data)
			.where(eq(projectGroupMembers.id, memberId))
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.project_member_updated', { before, after });
		return projectMemberView(after!);
	});
}
