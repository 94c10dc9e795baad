import { db } from '$lib/server/db/client';
import { indicatorPeriods } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { indicatorIn, type IndicatorRef } from './owned';
import { periodColumns } from './period-rules';
import { presentPeriod } from './queries';
import { periodInput, type PeriodInput } from './schemas';

/**
 * Records what an indicator showed in a period: start and end dates in order, the actual value
 * (quantitative) or text (qualitative), and a narrative. One period per indicator and start date: a
 * second one is refused on `periodStart`. The indicator must lie under the partnership (else 404).
 * Staff and coordinators of a party; members 403. Side effects: audit 'indicator_period.created'.
 */
export async function addPeriod(actor: Actor, ref: IndicatorRef, input: PeriodInput) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const data = parseInput(periodInput, input);
		const indicator = await indicatorIn(tx, partnership.id, ref);
		const columns = await periodColumns(tx, indicator, data);
		const [created] = await tx
			.insert(indicatorPeriods)
			.values({ ...columns, indicatorId: indicator.id })
			.returning();
		await recordAudit(tx, actor, {
			action: 'indicator_period.created',
			subjectType: 'indicator_period',
			subjectId: created!.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			after: created
		});
		return presentPeriod(created!);
	});
}
