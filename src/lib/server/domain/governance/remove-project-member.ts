import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { projectGroupMembers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, type PartnershipKey } from './edit';

/**
 * Removes an official from a partnership's project group (the page asks to confirm first). Staff
 * and coordinators of any party; members 403, others 404; a member of another partnership 404.
 * Records `partnership.project_member_removed` with the removed row. Returns nothing.
 */
export async function removeProjectMember(actor: Actor, partnership: PartnershipKey, memberId: string): Promise<void> {
	await db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const [removed] = isUuid(memberId)
			? await tx
					.delete(projectGroupMembers)
					.where(and(eq(projectGroupMembers.id, memberId), eq(projectGroupMembers.partnershipId, found.partnership.id)))
					.returning()
			: [];
		if (!removed) throw AppError.notFound(m.governance_error_member_not_found());
		await recordGovernanceChange(tx, actor, found, 'partnership.project_member_removed', { before: removed });
	});
}
