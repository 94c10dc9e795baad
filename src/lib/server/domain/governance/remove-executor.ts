import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnershipExecutors } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, type PartnershipKey } from './edit';

/**
 * Removes an executor from a partnership (the page asks to confirm first); the organisation itself
 * stays. Staff and coordinators of any party; members 403, others 404; an executor of another
 * partnership 404. Records `partnership.executor_removed` with the removed row. Returns nothing.
 */
export async function removeExecutor(actor: Actor, partnership: PartnershipKey, executorId: string): Promise<void> {
	await db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const [removed] = isUuid(executorId)
			? await tx
					.delete(partnershipExecutors)
					.where(
						and(eq(partnershipExecutors.id, executorId), eq(partnershipExecutors.partnershipId, found.partnership.id))
					)
					.returning()
			: [];
		if (!removed) throw AppError.notFound(m.governance_error_executor_not_found());
		await recordGovernanceChange(tx, actor, found, 'partnership.executor_removed', { before: removed });
	});
}
