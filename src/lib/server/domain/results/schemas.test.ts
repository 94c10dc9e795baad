import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '$lib/server/validation';
import { indicatorInput, periodInput, resultInput } from './schemas';

const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) => {
	const result = schema.safeParse(input) as ReturnType<typeof indicatorInput.safeParse>;
	return result.success ? {} : toFieldErrors(result.error.issues);
};

describe('resultInput', () => {
	it('wants a kind and a title in at least one language', () => {
		expect(Object.keys(errorsOf(resultInput, { kind: 'impact', title: { sv: ' ' } })).sort()).toEqual([
			'kind',
			'title'
		]);
		expect(resultInput.parse({ kind: 'output', title: { en: 'Trained staff' }, position: '' })).toEqual({
			kind: 'output',
			title: { en: 'Trained staff' },
			description: {}
		});
	});
});

describe('indicatorInput', () => {
	it('wants a baseline value and year and a target value for a quantitative indicator', () => {
		const errors = errorsOf(indicatorInput, { kind: 'quantitative', name: { sv: 'Andel' }, baselineValue: '' });
		expect(Object.keys(errors).sort()).toEqual(['baselineValue', 'baselineYear', 'targetValue']);
	});

	it('takes numbers typed in a form, drops words, and wants the target year not before the baseline', () => {
		const parsed = indicatorInput.parse({
			kind: 'quantitative',
			name: { sv: 'Avhopp' },
			unit: '%',
			baselineValue: '12.5',
			baselineYear: '2023',
			targetValue: '5',
			targetText: { sv: 'Färre' }
		});
		expect(parsed).toMatchObject({ baselineValue: 12.5, baselineYear: 2023, targetValue: 5, targetText: {} });
		expect(
			errorsOf(indicatorInput, {
				kind: 'quantitative',
				name: { sv: 'x' },
				baselineValue: 1,
				baselineYear: 2024,
				targetValue: 2,
				targetYear: 2020
			}).targetYear
		).toBeTruthy();
		expect(
			errorsOf(indicatorInput, { kind: 'quantitative', name: { sv: 'x' }, baselineYear: 1890 }).baselineYear
		).toBeTruthy();
	});

	it('wants baseline and target in words for a qualitative indicator, and drops numbers', () => {
		expect(Object.keys(errorsOf(indicatorInput, { kind: 'qualitative', name: { sv: 'x' } })).sort()).toEqual([
			'baselineText',
			'targetText'
		]);
		const parsed = indicatorInput.parse({
			kind: 'qualitative',
			name: { sv: 'Rutiner' },
			baselineValue: 3,
			baselineText: { sv: 'Inga rutiner' },
			targetText: { sv: 'Antagna rutiner' }
		});
		expect(parsed.baselineValue).toBeUndefined();
	});
});

describe('periodInput', () => {
	it('wants the end on or after the start', () => {
		expect(errorsOf(periodInput, { periodStart: '2025-06-30', periodEnd: '2025-01-01' }).periodEnd).toBeTruthy();
		expect(periodInput.parse({ periodStart: '2025-01-01', periodEnd: '2025-01-01', actualValue: null })).toMatchObject({
			periodStart: '2025-01-01',
			actualValue: undefined
		});
	});
});
