import { z } from 'zod';
import { expressionStatuses, partnershipPhases } from '$lib/server/db/schema';
import { exclusionReasons, scorePartKeys } from '../types';
import { apiSchemas, countryCodeSchema, translatedTextSchema } from '$lib/server/api/schemas';

// The answers of the matchmaking endpoints (operations/matchmaking.ts); see schemas.ts for how they are used.

const unmatchedReason = z
	.enum(['no_eligible_pair', 'taken_by_better_total', 'full'])
	.describe(
		'`no_eligible_pair`: the rules rule out every pair of it; `taken_by_better_total`: eligible pairs went to ' +
			'others because that gave a higher total; `full`: a profile already matched as often as it allows.'
	);

const scoreDetailSchema = z
	.discriminatedUnion('kind', [
		z.object({
			kind: z.literal('theme'),
			same: z.boolean(),
			applicantThemeId: z.uuid().nullable(),
			profileThemeId: z.uuid()
		}),
		z.object({
			kind: z.literal('challenge'),
			shared: z
				.array(z.string())
				.describe('Challenge areas both sides have (chosen or recognised in the text), e.g. `gender_based_violence`.'),
			chosen: z.array(z.string()).describe('Of `shared`, the areas both sides chose from the list.'),
			recognised: z
				.array(z.string())
				.describe('Of `shared`, the areas at least one side has only because they were recognised in its text.'),
			applicantOnly: z.array(z.string()),
			profileOnly: z.array(z.string())
		}),
		z.object({
			kind: z.literal('preferences'),
			countryWanted: z
				.boolean()
				.nullable()
				.describe("Whether the profile's country is among the applicant's preferred ones; null: no preference."),
			sharedLanguages: z.array(z.string()).describe('ISO 639-1 codes of working languages both sides use.')
		}),
		z.object({
			kind: z.literal('population'),
			applicant: z.int().nullable(),
			profile: z.int().nullable(),
			ratio: z.number().nullable().describe('The smaller population divided by the larger, 0–1.')
		}),
		z.object({
			kind: z.literal('experience'),
			partnerships: z.int().describe("The applicant organisation's partnerships."),
			sameTheme: z.int().describe('Of them, on the profile’s theme.'),
			sameCountry: z.int().describe('Of them, with a party in the profile’s country.')
		})
	])
	.describe('What the part was computed from.')
	.register(apiSchemas, { id: 'MatchScoreDetail' });

export const scorePartSchema = z
	.object({
		key: z.enum(scorePartKeys),
		name: z.string().describe('The part’s name in the language of the request.'),
		score: z.number().min(0).max(1),
		weight: z.number().describe('The most points the part can give; the weights add up to 100.'),
		points: z.number().describe('score × weight.'),
		detail: scoreDetailSchema,
		explanation: z
			.string()
			.describe('The part in words, in the language of the request, e.g. “Same theme: Gender equality”.')
	})
	.describe('One part of a pair’s score.')
	.register(apiSchemas, { id: 'MatchScorePart' });

export const suggestionSchema = z
	.object({
		expressionId: z.uuid().describe('The Swedish applicant’s expression of interest.'),
		profileId: z.uuid().describe('The partner-seeking profile.'),
		applicantName: z.string(),
		profileName: z.string(),
		profileCountryCode: countryCodeSchema,
		total: z.number().min(0).max(100).describe('The sum of the parts’ points, 0–100, one decimal.'),
		parts: z.array(scorePartSchema)
	})
	.describe('A pair that may be matched, with its score explained part by part.')
	.register(apiSchemas, { id: 'MatchSuggestion' });

const callSummarySchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		title: translatedTextSchema,
		programmeId: z.uuid(),
		networkId: z.uuid().nullable()
	})
	.register(apiSchemas, { id: 'MatchCall' });

const applicantSchema = z
	.object({
		expressionId: z.uuid(),
		organisationId: z.uuid(),
		organisationName: z.string(),
		countryCode: countryCodeSchema,
		status: z.enum(expressionStatuses),
		themeId: z.uuid().nullable(),
		population: z.int().nullable()
	})
	.describe('An answer that may be matched (submitted, under review or shortlisted).')
	.register(apiSchemas, { id: 'MatchApplicant' });

const profileSchema = z
	.object({
		profileId: z.uuid(),
		organisationId: z.uuid(),
		organisationName: z.string(),
		countryCode: countryCodeSchema,
		themeId: z.uuid(),
		population: z.int().nullable(),
		maxMatches: z.int().describe('How many Swedish partners it may be matched with.'),
		matched: z.int().describe('How many it has been matched with.')
	})
	.describe('A published partner-seeking profile.')
	.register(apiSchemas, { id: 'MatchProfile' });

const explainedReason = <T extends z.ZodType>(reason: T) =>
	z.object({ reason, explanation: z.string().describe('The reason in words, in the language of the request.') });

export const suggestionsDocumentSchema = z
	.object({
		data: z.object({
			call: callSummarySchema,
			applicants: z.array(applicantSchema),
			profiles: z.array(profileSchema),
			suggestions: z.array(suggestionSchema).describe('Best first.'),
			excluded: z
				.array(
					z.object({
						expressionId: z.uuid(),
						profileId: z.uuid(),
						applicantName: z.string(),
						profileName: z.string(),
						reasons: z.array(explainedReason(z.enum(exclusionReasons)))
					})
				)
				.describe('Only with `expression` or `profile`: that side’s pairs the rules rule out, and why.')
		})
	})
	.register(apiSchemas, { id: 'MatchSuggestionsDocument' });

export const assignmentDocumentSchema = z
	.object({
		data: z.object({
			call: callSummarySchema,
			applicants: z.array(applicantSchema),
			profiles: z.array(profileSchema),
			assignment: z.object({
				total: z.number().describe('The sum of the pairs’ totals: the greatest any assignment reaches.'),
				pairs: z.array(suggestionSchema).describe('Best first.'),
				unmatchedApplicants: z.array(
					z.object({ expressionId: z.uuid(), name: z.string() }).extend(explainedReason(unmatchedReason).shape)
				),
				unmatchedProfiles: z.array(
					z
						.object({ profileId: z.uuid(), name: z.string(), remaining: z.int().describe('Places left.') })
						.extend(explainedReason(unmatchedReason).shape)
				)
			})
		})
	})
	.register(apiSchemas, { id: 'MatchAssignmentDocument' });

const side = z.object({ organisationId: z.uuid(), name: z.string(), countryCode: countryCodeSchema });

export const acceptedMatchSchema = z
	.object({
		id: z.uuid(),
		expressionId: z.uuid(),
		profileId: z.uuid(),
		applicant: side,
		profile: side,
		partnership: z
			.object({ id: z.uuid(), slug: z.string(), title: translatedTextSchema, phase: z.enum(partnershipPhases) })
			.nullable()
			.describe('Null when the partnership has since been deleted.'),
		score: z.number().nullable().describe('The pair’s total when accepted; null when it had none.'),
		acceptedAt: z.iso.datetime(),
		acceptedBy: z.string().nullable().describe('The name of the staff member who accepted it.')
	})
	.register(apiSchemas, { id: 'AcceptedMatch' });

export const acceptedMatchListSchema = z
	.object({ data: z.array(acceptedMatchSchema).describe('Newest first.') })
	.register(apiSchemas, { id: 'AcceptedMatchList' });

export const createdMatchSchema = z
	.object({
		data: z.object({
			matchId: z.uuid(),
			partnershipId: z.uuid().describe('The partnership made, in its inception phase.'),
			partnershipSlug: z.string()
		})
	})
	.register(apiSchemas, { id: 'CreatedMatch' });
