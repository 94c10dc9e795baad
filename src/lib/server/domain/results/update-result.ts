import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { partnershipResults } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { givenFields, resultIn, type ResultRef } from './owned';
import { presentResult } from './queries';
import { resultInput, resultPatch, type ResultPatch } from './schemas';

/**
 * Changes a result: the fields given replace the stored ones, and the whole is checked again (a title
 * in at least one language). The result must belong to the partnership (else 404). Staff and
 * coordinators of a party; members 403. Side effects: audit 'partnership_result.updated'.
 */
export async function updateResult(actor: Actor, ref: ResultRef, input: ResultPatch) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const patch = givenFields(parseInput(resultPatch, input), input);
		const before = await resultIn(tx, partnership.id, ref.resultId);
		const data = parseInput(resultInput, { ...presentResult(before), ...patch });
		const [after] = await tx
			.update(partnershipResults)
			.set({
				kind: data.kind,
				title: data.title,
				description: data.description,
				position: data.position ?? before.position
			})
			.where(eq(partnershipResults.id, before.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'partnership_result.updated',
			subjectType: 'partnership_result',
			subjectId: before.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before,
			after
		});
		return presentResult(after!);
	});
}
