import { z } from 'zod';
import { callKinds, organisationKinds } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, slugSchema, translatedTextSchema } from '$lib/server/api/schemas';

// The answers of /api/v1/calls (operations/calls.ts); see schemas.ts for how they are used.

const slug = slugSchema;

const refSchema = z.object({ id: z.uuid(), slug, name: translatedTextSchema });

export const callSummarySchema = z
	.object({
		id: z.uuid(),
		slug,
		kind: z.enum(callKinds),
		state: z
			.enum(['upcoming', 'open', 'closed'])
			.describe('At the time of the request: it takes answers from `opensAt` up to (not including) `closesAt`.'),
		title: translatedTextSchema,
		body: translatedTextSchema,
		opensAt: z.iso.datetime(),
		closesAt: z.iso.datetime(),
		publishedAt: z.iso.datetime().nullable().describe('Null while staff prepare it (only staff see such calls).'),
		programme: refSchema,
		network: refSchema.nullable()
	})
	.register(apiSchemas, { id: 'CallSummary' });

export const callSchema = callSummarySchema
	.extend({
		eligibleCountryCodes: z
			.array(countryCodeSchema)
			.describe('Countries whose organisations may answer (ISO 3166-1 alpha-2); empty: any.'),
		eligibleOrganisationKinds: z
			.array(z.enum(organisationKinds))
			.describe('Kinds of organisation that may answer; empty: any.'),
		requirements: z
			.array(z.object({ id: z.string(), text: translatedTextSchema }))
			.describe('What a respondent must confirm.'),
		questions: z
			.array(
				z.object({
					id: z.string(),
					label: translatedTextSchema,
					help: translatedTextSchema,
					required: z.boolean(),
					long: z.boolean().describe('Answered in a text area rather than one line.')
				})
			)
			.describe('The questions of the answer form; answers are keyed by question id.'),
		criteria: z
			.array(z.object({ id: z.string(), label: translatedTextSchema }))
			.describe('What staff score answers against (1–5 each).')
	})
	.register(apiSchemas, { id: 'Call' });

export const callPageSchema = z
	.object({
		data: z
			.array(callSummarySchema)
			.describe('Upcoming and open calls first, soonest closing first; then closed ones, latest closed first.'),
		page: z.int().min(1),
		limit: z.int().min(1),
		total: z.int().min(0).describe('How many published calls match, on all pages.')
	})
	.register(apiSchemas, { id: 'CallPage' });

export const callDocumentSchema = z.object({ data: callSchema }).register(apiSchemas, { id: 'CallDocument' });

export type CallPage = z.output<typeof callPageSchema>;
export type CallDocument = z.output<typeof callDocumentSchema>;
