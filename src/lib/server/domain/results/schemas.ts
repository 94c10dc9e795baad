import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { indicatorKinds, resultKinds } from '$lib/server/db/schema';
import { localNumber, translatedText } from '$lib/server/validation';

// Inputs of the results framework. Updates are PATCHes: the fields given replace the stored ones (a
// translated text given replaces all its languages; null or an empty string clears an optional field),
// and the result is checked as a whole with the same schema as a new one.

/** Blank and null mean "not given": a form's empty input, or an API client clearing a field. */
function blankable<S extends z.ZodType>(schema: S) {
	return z.preprocess(
		(value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
		schema.optional()
	);
}

const number = () => blankable(localNumber({ error: () => m.results_error_number() }));
const year = () => blankable(localNumber({ whole: true, min: 1990, max: 2100, error: () => m.results_error_year() }));
const position = blankable(
	localNumber({ whole: true, min: 0, max: 10_000, error: () => m.validation_whole_number({ min: 0, max: 10_000 }) })
);
const isoDate = z.iso.date({ error: () => m.results_error_date() });

const resultFields = {
	kind: z.enum(resultKinds, { error: () => m.validation_unknown_choice() }),
	title: translatedText({ max: 300, required: true }),
	description: translatedText({ max: 5_000 }),
	position
};

export const resultInput = z.object(resultFields);
/** For PATCH: any of a result's fields. */
export const resultPatch = z.object(resultFields).partial();

const indicatorFields = {
	kind: z.enum(indicatorKinds, { error: () => m.validation_unknown_choice() }),
	name: translatedText({ max: 300, required: true }),
	unit: blankable(z.string().trim().max(40)),
	baselineValue: number(),
	baselineYear: year(),
	baselineText: translatedText({ max: 2_000 }),
	targetValue: number(),
	targetYear: year(),
	targetText: translatedText({ max: 2_000 }),
	position
};

type IndicatorShape = z.output<z.ZodObject<typeof indicatorFields>>;

/**
 * Quantitative: a baseline value and year and a target value (a target year, when given, not before the
 * baseline year). Qualitative: baseline and target in words. What belongs to the other kind is dropped.
 */
function indicatorRules(indicator: IndicatorShape, ctx: z.core.$RefinementCtx<IndicatorShape>) {
	const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
	if (indicator.kind === 'quantitative') {
		if (indicator.baselineValue === undefined) missing('baselineValue', m.results_error_baseline_value());
		if (indicator.baselineYear === undefined) missing('baselineYear', m.results_error_baseline_year());
		if (indicator.targetValue === undefined) missing('targetValue', m.results_error_target_value());
		if (
			indicator.targetYear !== undefined &&
			indicator.baselineYear !== undefined &&
			indicator.targetYear < indicator.baselineYear
		)
			missing('targetYear', m.results_error_target_year_before_baseline());
	} else {
		if (Object.keys(indicator.baselineText).length === 0) missing('baselineText', m.results_error_baseline_text());
		if (Object.keys(indicator.targetText).length === 0) missing('targetText', m.results_error_target_text());
	}
}

function onlyItsKind(indicator: IndicatorShape) {
	return indicator.kind === 'quantitative'
		? { ...indicator, baselineText: {}, targetText: {} }
		: { ...indicator, unit: undefined, baselineValue: undefined, targetValue: undefined };
}

export const indicatorInput = z.object(indicatorFields).superRefine(indicatorRules).transform(onlyItsKind);
/** For PATCH: any field but the kind, which stays as created (its periods were recorded for it). */
export const indicatorPatch = z.object(indicatorFields).omit({ kind: true }).partial();

const periodFields = {
	periodStart: isoDate,
	periodEnd: isoDate,
	actualValue: number(),
	actualText: translatedText({ max: 2_000 }),
	narrative: translatedText({ max: 5_000 })
};

export const periodInput = z.object(periodFields).refine((p) => p.periodEnd >= p.periodStart, {
	path: ['periodEnd'],
	error: () => m.results_error_period_order()
});
/** For PATCH: any of a period's fields. */
export const periodPatch = z.object(periodFields).partial();

export type ResultInput = z.input<typeof resultInput>;
export type ResultPatch = z.input<typeof resultPatch>;
export type IndicatorInput = z.input<typeof indicatorInput>;
export type IndicatorPatch = z.input<typeof indicatorPatch>;
export type PeriodInput = z.input<typeof periodInput>;
export type PeriodPatch = z.input<typeof periodPatch>;
