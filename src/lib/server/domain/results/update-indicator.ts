import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { indicatorPeriods, resultIndicators } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { indicatorColumns } from './add-indicator';
import { givenFields, indicatorIn, type IndicatorRef } from './owned';
import { presentIndicator } from './queries';
import { indicatorInput, indicatorPatch, type IndicatorPatch } from './schemas';

/**
 * Changes an indicator: the fields given replace the stored ones and the whole is checked again with the
 * rules of its kind, which stays as created. The indicator must belong to the result and the result to
 * the partnership (else 404). Staff and coordinators of a party; members 403.
 * Side effects: audit 'result_indicator.updated'. Returns the indicator with its periods and progress.
 */
export async function updateIndicator(actor: Actor, ref: IndicatorRef, input: IndicatorPatch) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const patch = givenFields(parseInput(indicatorPatch, input), input);
		const before = await indicatorIn(tx, partnership.id, ref);
		const data = parseInput(indicatorInput, { ...presentIndicator(before), ...patch, kind: before.kind });
		const [after] = await tx
			.update(resultIndicators)
			.set({ ...indicatorColumns(data), position: data.position ?? before.position })
			.where(eq(resultIndicators.id, before.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'result_indicator.updated',
			subjectType: 'result_indicator',
			subjectId: before.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before,
			after
		});
		const periods = await tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, before.id));
		return presentIndicator(after!, periods);
	});
}
