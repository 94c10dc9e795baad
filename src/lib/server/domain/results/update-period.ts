import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { indicatorPeriods } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { givenFields, periodIn, type PeriodRef } from './owned';
import { periodColumns } from './period-rules';
import { presentPeriod } from './queries';
import { periodInput, periodPatch, type PeriodPatch } from './schemas';

/**
 * Changes a period: the fields given replace the stored ones, and the whole is checked again as when it
 * was recorded (dates in order, the actual its indicator's kind needs, no other period of the indicator
 * starting the same day). The period must lie under the partnership (else 404). Staff and coordinators
 * of a party; members 403. Side effects: audit 'indicator_period.updated'.
 */
export async function updatePeriod(actor: Actor, ref: PeriodRef, input: PeriodPatch) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const patch = givenFields(parseInput(periodPatch, input), input);
		const { period: before, indicator } = await periodIn(tx, partnership.id, ref);
		const data = parseInput(periodInput, { ...presentPeriod(before), ...patch });
		const columns = await periodColumns(tx, indicator, data, before.id);
		const [after] = await tx
			.update(indicatorPeriods)
			.set(columns)
			.where(eq(indicatorPeriods.id, before.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'indicator_period.updated',
			subjectType: 'indicator_period',
			subjectId: before.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before,
			after
		});
		return presentPeriod(after!);
	});
}
