import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { indicatorPeriods } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { periodIn, type PeriodRef } from './owned';

/**
 * Removes a period's actual. It must lie under the partnership (else 404). Staff and coordinators of a
 * party; members 403. Side effects: audit 'indicator_period.removed' with the period as `before`.
 */
export async function removePeriod(actor: Actor, ref: PeriodRef): Promise<void> {
	await db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const { period } = await periodIn(tx, partnership.id, ref);
		await tx.delete(indicatorPeriods).where(eq(indicatorPeriods.id, period.id));
		await recordAudit(tx, actor, {
			action: 'indicator_period.removed',
			subjectType: 'indicator_period',
			subjectId: period.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: period
		});
	});
}
