import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { organisations, partnershipExecutors } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, type PartnershipKey } from './edit';
import { executorView } from './present';
import { executorChanges, type ExecutorChanges } from './schemas';

/**
 * Rewrites an executor's tasks (its organisation stays; to change it, remove the executor and add
 * another). Staff and coordinators of any party; members 403, others 404; an executor of another
 * partnership 404. Records `partnership.executor_updated` with the row before and after.
 */
export async function updateExecutor(
	actor: Actor,
	partnership: PartnershipKey,
	executorId: string,
	changes: ExecutorChanges
) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(executorChanges, changes);
		const [row] = isUuid(executorId)
			? await tx
					.select({
						before: partnershipExecutors,
						organisation: {
							slug: organisations.slug,
							name: organisations.name,
							kind: organisations.kind,
							countryCode: organisations.countryCode
						}
					})
					.from(partnershipExecutors)
					.innerJoin(organisations, eq(organisations.id, partnershipExecutors.organisationId))
					.where(
						and(eq(partnershipExecutors.id, executorId), eq(partnershipExecutors.partnershipId, found.partnership.id))
					)
			: [];
		if (!row) throw AppError.notFound(m.governance_error_executor_not_found());
		const [after] = await tx
			.update(partnershipExecutors)
			.set({ tasks: data.tasks })
			.where(eq(partnershipExecutors.id, executorId))
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.executor_updated', { before: row.before, after });
		return executorView(after!, row.organisation);
	});
}
