import { eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { resultIndicators } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { resultIn, type ResultRef } from './owned';
import { presentIndicator } from './queries';
import { indicatorInput, type IndicatorInput } from './schemas';

/**
 * Adds an indicator to a result. Quantitative: a unit, a baseline value and year, a target value (and
 * optionally its year); qualitative: baseline and target in words. The result must belong to the
 * partnership (else 404). Staff and coordinators of a party; members 403.
 * Side effects: audit 'result_indicator.created'. Returns the indicator (with no periods yet).
 */
export async function addIndicator(actor: Actor, ref: ResultRef, input: IndicatorInput) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, ref.partnership);
		const data = parseInput(indicatorInput, input);
		const result = await resultIn(tx, partnership.id, ref.resultId);
		const [last] = await tx
			.select({ max: sql<number | null>`max(${resultIndicators.position})` })
			.from(resultIndicators)
			.where(eq(resultIndicators.resultId, result.id));
		const [created] = await tx
			.insert(resultIndicators)
			.values({
				...indicatorColumns(data),
				kind: data.kind,
				resultId: result.id,
				position: data.position ?? (last?.max ?? -1) + 1
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'result_indicator.created',
			subjectType: 'result_indicator',
			subjectId: created!.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			after: created
		});
		return presentIndicator(created!);
	});
}

/** The columns an indicator's input sets; what was not given is stored as empty. */
export function indicatorColumns(data: ReturnType<typeof indicatorInput.parse>) {
	return {
		name: data.name,
		unit: data.unit ?? null,
		baselineValue: data.baselineValue ?? null,
		baselineYear: data.baselineYear ?? null,
		baselineText: data.baselineText,
		targetValue: data.targetValue ?? null,
		targetYear: data.targetYear ?? null,
		targetText: data.targetText
	};
}
