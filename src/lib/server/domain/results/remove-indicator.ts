import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { indicatorPeriods, resultIndicators } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { indicatorIn, type IndicatorRef } from './owned';
import { presentIndicator } from './queries';

/**
 * Removes an indicator with its periods. It must belong to the result and the result to the
 * partnership (else 404). Staff and coordinators of a party; members 403.
 * Side effects: audit 'result_indicator.removed' with the indicator and its periods as `before`.
 */
export async function removeIndicator(actor: Actor, ref: IndicatorRef): Promise<void> {
	await db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const indicator = await indicatorIn(tx, partnership.id, ref);
		const periods = await tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, indicator.id));
		await tx.delete(resultIndicators).where(eq(resultIndicators.id, indicator.id));
		await recordAudit(tx, actor, {
			action: 'result_indicator.removed',
			subjectType: 'result_indicator',
			subjectId: indicator.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: presentIndicator(indicator, periods)
		});
	});
}
