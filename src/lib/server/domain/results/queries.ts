import { asc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '$lib/server/db/client';
import { indicatorPeriods, partnershipResults, resultIndicators } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { partnershipFor } from '../partnerships/access';
import type { PartnershipKey } from './owned';
import { indicatorProgress } from './progress';

type ResultRow = typeof partnershipResults.$inferSelect;
type IndicatorRow = typeof resultIndicators.$inferSelect;
type PeriodRow = typeof indicatorPeriods.$inferSelect;

export function presentResult(row: ResultRow) {
	return {
		id: row.id,
		kind: row.kind,
		title: row.title,
		description: row.description,
		position: row.position
	};
}

export function presentPeriod(row: PeriodRow) {
	return {
		id: row.id,
		periodStart: row.periodStart,
		periodEnd: row.periodEnd,
		actualValue: row.actualValue,
		actualText: row.actualText,
		narrative: row.narrative
	};
}

export function presentIndicator(row: IndicatorRow, periods: PeriodRow[] = []) {
	const ordered = [...periods].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
	return {
		id: row.id,
		kind: row.kind,
		name: row.name,
		unit: row.unit,
		baselineValue: row.baselineValue,
		baselineYear: row.baselineYear,
		baselineText: row.baselineText,
		targetValue: row.targetValue,
		targetYear: row.targetYear,
		targetText: row.targetText,
		position: row.position,
		progress: row.kind === 'quantitative' ? indicatorProgress(row.baselineValue, row.targetValue, ordered) : null,
		periods: ordered.map(presentPeriod)
	};
}

export type FrameworkResult = ReturnType<typeof presentResult> & { indicators: ReturnType<typeof presentIndicator>[] };

/** A partnership's results with their indicators (with progress) and periods, in their order. */
export async function frameworkOf(tx: Executor, partnershipId: string): Promise<FrameworkResult[]> {
	const results = await tx
		.select()
		.from(partnershipResults)
		.where(eq(partnershipResults.partnershipId, partnershipId))
		.orderBy(asc(partnershipResults.position), asc(partnershipResults.createdAt));
	const indicators = results.length
		? await tx
				.select()
				.from(resultIndicators)
				.where(
					inArray(
						resultIndicators.resultId,
						results.map((r) => r.id)
					)
				)
				.orderBy(asc(resultIndicators.position), asc(resultIndicators.createdAt))
		: [];
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
	return results.map((result) => ({
		...presentResult(result),
		indicators: indicators
			.filter((i) => i.resultId === result.id)
			.map((i) =>
				presentIndicator(
					i,
					periods.filter((p) => p.indicatorId === i.id)
				)
			)
	}));
}

/** The results framework of a partnership, for someone who may read it (404 otherwise). */
export async function getResultsFramework(actor: Actor, partnership: PartnershipKey) {
	const { partnership: found } = await partnershipFor(db(), actor, partnership, 'read');
	return frameworkOf(db(), found.id);
}
