import { z } from 'zod';
import { democraticPrinciples, indicatorKinds, resultKinds } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, translatedTextSchema } from '$lib/server/api/schemas';

// The shapes of a partnership's plan and results framework in /api/v1 (see operations/plan.ts).

const uuid = z.uuid();

export const planPartySchema = z
	.object({
		organisationId: uuid,
		slug: z.string(),
		name: z.string(),
		countryCode: countryCodeSchema,
		mutualBenefit: translatedTextSchema.describe('What this party gains from the partnership.')
	})
	.register(apiSchemas, { id: 'PlanParty' });

export const planSchema = z
	.object({
		partnershipId: uuid,
		challenge: translatedTextSchema,
		objectives: translatedTextSchema,
		principles: z.array(z.enum(democraticPrinciples)).describe('The democratic principles the project strengthens.'),
		sdgGoals: z.array(z.int().min(1).max(17)).describe('Sustainable Development Goals, by number.'),
		sdgTargets: z.array(z.string()).describe('Official target codes, e.g. `5.5`, each under a chosen goal.'),
		projectStartDate: z.iso.date().nullable(),
		projectEndDate: z.iso.date().nullable(),
		projectYears: z
			.object({ min: z.int(), max: z.int() })
			.describe('How many whole years the programme allows a project to last.'),
		parties: z.array(planPartySchema).describe('Swedish parties first, then by name.')
	})
	.register(apiSchemas, { id: 'Plan' });

export const progressSchema = z
	.object({
		percent: z.number().min(0).max(100),
		latestValue: z.number(),
		latestPeriodStart: z.iso.date()
	})
	.describe('(latest actual − baseline) / (target − baseline), clamped to 0–100 %.')
	.register(apiSchemas, { id: 'IndicatorProgress' });

export const periodSchema = z
	.object({
		id: uuid,
		periodStart: z.iso.date(),
		periodEnd: z.iso.date(),
		actualValue: z.number().nullable().describe('For quantitative indicators.'),
		actualText: translatedTextSchema.describe('For qualitative indicators.'),
		narrative: translatedTextSchema
	})
	.register(apiSchemas, { id: 'IndicatorPeriod' });

export const indicatorSchema = z
	.object({
		id: uuid,
		kind: z.enum(indicatorKinds),
		name: translatedTextSchema,
		unit: z.string().nullable(),
		baselineValue: z.number().nullable(),
		baselineYear: z.int().nullable(),
		baselineText: translatedTextSchema,
		targetValue: z.number().nullable(),
		targetYear: z.int().nullable(),
		targetText: translatedTextSchema,
		position: z.int(),
		progress: progressSchema.nullable().describe('Null for qualitative indicators and before any actual.'),
		periods: z.array(periodSchema).describe('Oldest first.')
	})
	.register(apiSchemas, { id: 'Indicator' });

const resultFields = {
	id: uuid,
	kind: z.enum(resultKinds),
	title: translatedTextSchema,
	description: translatedTextSchema,
	position: z.int()
};

export const resultSchema = z
	.object({ ...resultFields, indicators: z.array(indicatorSchema) })
	.register(apiSchemas, { id: 'Result' });

export const planDocumentSchema = z.object({ data: planSchema }).register(apiSchemas, { id: 'PlanDocument' });
export const resultsFrameworkSchema = z
	.object({ data: z.array(resultSchema).describe('In their order.') })
	.register(apiSchemas, { id: 'ResultsFramework' });
export const resultDocumentSchema = z
	.object({ data: z.object(resultFields) })
	.register(apiSchemas, { id: 'ResultDocument' });
export const indicatorDocumentSchema = z
	.object({ data: indicatorSchema })
	.register(apiSchemas, { id: 'IndicatorDocument' });
export const periodDocumentSchema = z.object({ data: periodSchema }).register(apiSchemas, { id: 'PeriodDocument' });
