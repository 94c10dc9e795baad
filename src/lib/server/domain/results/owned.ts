import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { indicatorPeriods, partnershipResults, resultIndicators } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';

// Ids named in a request must lie under the partnership the actor was checked for: a result, an
// indicator of that result, a period of that indicator. Anything else answers 404, like a missing row.

/** A partnership by id, or by slug as the workspace pages name it. */
export type PartnershipKey = string | { slug: string };
export type ResultRef = { partnership: PartnershipKey; resultId: string };
export type IndicatorRef = ResultRef & { indicatorId: string };
export type PeriodRef = IndicatorRef & { periodId: string };

function notFound(): never {
	throw AppError.notFound(m.results_error_not_found());
}

function ids(...values: unknown[]) {
	if (!values.every((v) => typeof v === 'string' && isUuid(v))) notFound();
}

export async function resultIn(tx: Executor, partnershipId: string, resultId: string) {
	ids(resultId);
	const [row] = await tx
		.select()
		.from(partnershipResults)
		.where(and(eq(partnershipResults.id, resultId), eq(partnershipResults.partnershipId, partnershipId)));
	return row ?? notFound();
}

export async function indicatorIn(tx: Executor, partnershipId: string, ref: { resultId: string; indicatorId: string }) {
	ids(ref.resultId, ref.indicatorId);
	const [row] = await tx
		.select({ indicator: resultIndicators })
		.from(resultIndicators)
		.innerJoin(partnershipResults, eq(partnershipResults.id, resultIndicators.resultId))
		.where(
			and(
				eq(resultIndicators.id, ref.indicatorId),
				eq(resultIndicators.resultId, ref.resultId),
				eq(partnershipResults.partnershipId, partnershipId)
			)
		);
	return row?.indicator ?? notFound();
}

export async function periodIn(
	tx: Executor,
	partnershipId: string,
	ref: { resultId: string; indicatorId: string; periodId: string }
) {
	ids(ref.periodId);
	const indicator = await indicatorIn(tx, partnershipId, ref);
	const [row] = await tx
		.select()
		.from(indicatorPeriods)
		.where(and(eq(indicatorPeriods.id, ref.periodId), eq(indicatorPeriods.indicatorId, indicator.id)));
	return row ? { period: row, indicator } : notFound();
}

/** The fields of a PATCH body that were actually sent (a partial schema fills in defaults for the rest). */
export function givenFields<T extends object>(parsed: T, raw: unknown): Partial<T> {
	const sent = raw && typeof raw === 'object' ? Object.keys(raw) : [];
	return Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.includes(key))) as Partial<T>;
}
