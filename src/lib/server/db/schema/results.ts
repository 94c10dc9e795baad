import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps, translated } from './columns';
import { partnerships } from './partnerships';

// A partnership's results framework (domain/results): results → indicators → periods with actual values.

export const resultKinds = ['output', 'outcome'] as const;
export const resultKind = pgEnum('result_kind', resultKinds);

export const indicatorKinds = ['quantitative', 'qualitative'] as const;
export const indicatorKind = pgEnum('indicator_kind', indicatorKinds);

export const partnershipResults = pgTable(
	'partnership_results',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		kind: resultKind('kind').notNull(),
		title: translated('title'),
		description: translated('description'),
		position: integer('position').notNull().default(0),
		...timestamps
	},
	(t) => [index('partnership_results_partnership_idx').on(t.partnershipId, t.position)]
);

/**
 * How a result is measured. Quantitative: a unit, a baseline value (with its year) and a target value;
 * qualitative: baseline and target described in words.
 */
export const resultIndicators = pgTable(
	'result_indicators',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		resultId: uuid('result_id')
			.notNull()
			.references(() => partnershipResults.id, { onDelete: 'cascade' }),
		kind: indicatorKind('kind').notNull(),
		name: translated('name'),
		unit: text('unit'),
		baselineValue: doublePrecision('baseline_value'),
		baselineText: translated('baseline_text'),
		baselineYear: integer('baseline_year'),
		targetValue: doublePrecision('target_value'),
		targetText: translated('target_text'),
		targetYear: integer('target_year'),
		position: integer('position').notNull().default(0),
		...timestamps
	},
	(t) => [
		index('result_indicators_result_idx').on(t.resultId, t.position),
		check('result_indicators_baseline_year', sql`${t.baselineYear} is null or ${t.baselineYear} between 1990 and 2100`),
		check('result_indicators_target_year', sql`${t.targetYear} is null or ${t.targetYear} between 1990 and 2100`)
	]
);

/** What an indicator showed in a reporting period, with a short narrative. */
export const indicatorPeriods = pgTable(
	'indicator_periods',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => resultIndicators.id, { onDelete: 'cascade' }),
		periodStart: date('period_start').notNull(),
		periodEnd: date('period_end').notNull(),
		actualValue: doublePrecision('actual_value'),
		actualText: translated('actual_text'),
		narrative: translated('narrative'),
		...timestamps
	},
	(t) => [
		unique('indicator_periods_indicator_start').on(t.indicatorId, t.periodStart),
		check('indicator_periods_order', sql`${t.periodEnd} >= ${t.periodStart}`)
	]
);
