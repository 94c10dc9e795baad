import { z } from 'zod';
import { callKinds, expressionStatuses } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, translatedTextSchema } from '$lib/server/api/schemas';

// The answers of the expression-of-interest endpoints (operations/expressions.ts). Reviews and staff
// notes are never part of them: applicants read these too.

const callRef = z.object({ id: z.uuid(), slug: z.string(), title: translatedTextSchema, kind: z.enum(callKinds) });
const organisationRef = z.object({ id: z.uuid(), name: z.string() });

export const expressionSummarySchema = z
	.object({
		id: z.uuid(),
		status: z.enum(expressionStatuses),
		submittedAt: z.iso.datetime().nullable(),
		updatedAt: z.iso.datetime(),
		call: callRef,
		organisation: organisationRef
	})
	.describe('An expression of interest in a list.')
	.register(apiSchemas, { id: 'ExpressionSummary' });

export const expressionListSchema = z
	.object({
		data: z.array(expressionSummarySchema).describe('Newest change first.'),
		page: z.int().min(1),
		limit: z.int().min(1),
		total: z.int().min(0)
	})
	.register(apiSchemas, { id: 'ExpressionList' });

export const expressionSchema = z
	.object({
		id: z.uuid(),
		status: z.enum(expressionStatuses),
		submittedAt: z.iso.datetime().nullable(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime(),
		locale: z.string().describe('The language mails about this answer are written in.'),
		call: callRef.extend({
			state: z.enum(['upcoming', 'open', 'closed']),
			opensAt: z.iso.datetime(),
			closesAt: z.iso.datetime(),
			questions: z.array(
				z.object({
					id: z.string(),
					label: translatedTextSchema,
					help: translatedTextSchema,
					required: z.boolean(),
					long: z.boolean()
				})
			),
			requirements: z.array(z.object({ id: z.string(), text: translatedTextSchema }))
		}),
		organisation: organisationRef.extend({ slug: z.string() }),
		answers: z.record(z.string(), z.string()).describe('By question id.'),
		confirmations: z.array(z.string()).describe('The ids of the requirements confirmed.'),
		challenge: translatedTextSchema,
		challengeAreas: z
			.array(z.string())
			.describe('Challenge areas the applicant chose from the programme’s list, e.g. `youth_participation`.'),
		recognisedAreas: z
			.array(z.string())
			.describe(
				'Challenge areas recognised in the text of `challenge` (partner searches only). Matchmaking compares ' +
					'both lists together with the other side’s.'
			),
		theme: z.object({ id: z.uuid(), slug: z.string(), name: translatedTextSchema }).nullable(),
		preferredCountryCodes: z.array(countryCodeSchema),
		languages: z.array(z.string()).describe('Working languages, ISO 639-1.'),
		timeline: z
			.array(
				z.object({
					fromStatus: z.enum(expressionStatuses).nullable(),
					toStatus: z.enum(expressionStatuses),
					reason: z.string().nullable(),
					changedAt: z.iso.datetime()
				})
			)
			.describe('Every status change, oldest first.'),
		mayEdit: z.boolean().describe('A draft the caller may still change and submit (the call is open).'),
		mayWithdraw: z.boolean()
	})
	.register(apiSchemas, { id: 'Expression' });

export const expressionDocumentSchema = z
	.object({ data: expressionSchema })
	.register(apiSchemas, { id: 'ExpressionDocument' });

export type ExpressionSummary = z.output<typeof expressionSummarySchema>;
export type ExpressionDocument = z.output<typeof expressionDocumentSchema>;
export type ExpressionList = z.output<typeof expressionListSchema>;
