import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { organisations, partnershipExecutors } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { ongoingPartnershipFor } from '../partnerships/access';
import { recordGovernanceChange, type PartnershipKey } from './edit';
import { executorView } from './present';
import { executorInput, type ExecutorInput } from './schemas';

/**
 * Adds an executor: an organisation that is not a party (a school, a university) and carries out
 * parts of the project, with its tasks in up to three languages. Staff and coordinators of any party;
 * members 403, others 404.
 * Rules: the organisation exists, is not a party, and is not an executor of this partnership already
 * (checked under the partnership's row lock). Records `partnership.executor_added`.
 */
export async function addExecutor(actor: Actor, partnership: PartnershipKey, input: ExecutorInput) {
	return db().transaction(async (tx) => {
		const found = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(executorInput, input);
		if (found.partyIds.includes(data.organisationId))
			throw AppError.invalid({ organisationId: m.governance_error_executor_is_party() });
		const [organisation] = await tx
			.select({
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				countryCode: organisations.countryCode
			})
			.from(organisations)
			.where(eq(organisations.id, data.organisationId));
		if (!organisation) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
		const already = await tx
			.select({ id: partnershipExecutors.id })
			.from(partnershipExecutors)
			.where(
				and(
					eq(partnershipExecutors.partnershipId, found.partnership.id),
					eq(partnershipExecutors.organisationId, data.organisationId)
				)
			)
			.limit(1);
		if (already.length) throw AppError.invalid({ organisationId: m.governance_error_executor_duplicate() });
		const [created] = await tx
			.insert(partnershipExecutors)
			.values({ partnershipId: found.partnership.id, organisationId: data.organisationId, tasks: data.tasks })
			.returning();
		await recordGovernanceChange(tx, actor, found, 'partnership.executor_added', {
			after: { ...created, organisationName: organisation.name }
		});
		return executorView(created!, organisation);
	});
}
