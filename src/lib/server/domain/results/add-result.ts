import { eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { partnershipResults } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import type { PartnershipKey } from './owned';
import { presentResult } from './queries';
import { resultInput, type ResultInput } from './schemas';

/**
 * Adds a result (an output or an outcome) to a partnership's results framework; without a position it
 * goes last. Staff and coordinators of a party; members 403; others 404.
 * Side effects: audit 'partnership_result.created'. Returns the result.
 */
export async function addResult(actor: Actor, partnership: PartnershipKey, input: ResultInput) {
	return db().transaction(async (tx) => {
		const { partnership: found, partyIds } = await ongoingPartnershipFor(tx, actor, partnership);
		const data = parseInput(resultInput, input);
		const [last] = await tx
			.select({ max: sql<number | null>`max(${partnershipResults.position})` })
			.from(partnershipResults)
			.where(eq(partnershipResults.partnershipId, found.id));
		const [created] = await tx
			.insert(partnershipResults)
			.values({
				partnershipId: found.id,
				kind: data.kind,
				title: data.title,
				description: data.description,
				position: data.position ?? (last?.max ?? -1) + 1
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'partnership_result.created',
			subjectType: 'partnership_result',
			subjectId: created!.id,
			partnershipId: found.id,
			organisationIds: partyIds,
			after: created
		});
		return presentResult(created!);
	});
}
