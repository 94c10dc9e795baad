import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { indicatorPeriods, type indicatorKinds } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { periodInput } from './schemas';

type Period = ReturnType<typeof periodInput.parse>;

/**
 * What a period records, by its indicator's kind: a number for a quantitative indicator, words for a
 * qualitative one (the other is dropped). One period per indicator and start date. Throws the field
 * errors; callers hold the partnership's lock, so the duplicate check cannot race.
 */
export async function periodColumns(
	tx: Executor,
	indicator: { id: string; kind: (typeof indicatorKinds)[number] },
	data: Period,
	exceptPeriodId?: string
) {
	const errors: Record<string, string> = {};
	if (indicator.kind === 'quantitative' && data.actualValue === undefined)
		errors.actualValue = m.results_error_actual_value();
	if (indicator.kind === 'qualitative' && Object.keys(data.actualText).length === 0)
		errors.actualText = m.results_error_actual_text();
	const clash = await tx
		.select({ id: indicatorPeriods.id })
		.from(indicatorPeriods)
		.where(
			and(
				eq(indicatorPeriods.indicatorId, indicator.id),
				eq(indicatorPeriods.periodStart, data.periodStart),
				exceptPeriodId ? ne(indicatorPeriods.id, exceptPeriodId) : undefined
			)
		)
		.limit(1);
	if (clash.length > 0) errors.periodStart = m.results_error_period_duplicate();
	if (Object.keys(errors).length > 0) throw AppError.invalid(errors);
	return {
		periodStart: data.periodStart,
		periodEnd: data.periodEnd,
		actualValue: indicator.kind === 'quantitative' ? (data.actualValue ?? null) : null,
		actualText: indicator.kind === 'qualitative' ? data.actualText : {},
		narrative: data.narrative
	};
}
