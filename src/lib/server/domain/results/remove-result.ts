import { eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { indicatorPeriods, partnershipResults, resultIndicators } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { resultIn, type ResultRef } from './owned';
import { presentIndicator, presentResult } from './queries';

/**
 * Removes a result with its indicators and their periods. The result must belong to the partnership
 * (else 404). Staff and coordinators of a party; members 403.
 * Side effects: audit 'partnership_result.removed' with everything removed as `before`.
 */
export async function removeResult(actor: Actor, ref: ResultRef): Promise<void> {
	await db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const result = await resultIn(tx, partnership.id, ref.resultId);
		const indicators = await tx.select().from(resultIndicators).where(eq(resultIndicators.resultId, result.id));
		const periods = indicators.length
			? await tx
					.select()
					.from(indicatorPeriods)
					.where(
						inArray(
							indicatorPeriods.indicatorId,
							indicators.map((i) => i.id)
						)
					)
			: [];
		await tx.delete(partnershipResults).where(eq(partnershipResults.id, result.id));
		await recordAudit(tx, actor, {
			action: 'partnership_result.removed',
			subjectType: 'partnership_result',
			subjectId: result.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: {
				...presentResult(result),
				indicators: indicators.map((i) =>
					presentIndicator(
						i,
						periods.filter((p) => p.indicatorId === i.id)
					)
				)
			}
		});
	});
}
