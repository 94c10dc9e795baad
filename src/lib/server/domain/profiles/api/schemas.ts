import { z } from 'zod';
import { profileStatuses } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, slugSchema, translatedTextSchema } from '$lib/server/api/schemas';

// Answers of /api/v1/profiles (operations/profiles.ts); see schemas.ts for how they are used.

const slug = slugSchema;

export const partnerProfileSchema = z
	.object({
		id: z.uuid(),
		status: z
			.enum(profileStatuses)
			.describe('Public reads show `published` only; drafts and withdrawn profiles only to their people and staff.'),
		organisation: z.object({
			slug,
			name: z.string(),
			countryCode: countryCodeSchema
		}),
		population: z.int().nullable().describe("The profile's population, or else the organisation's."),
		theme: z.object({ slug, name: translatedTextSchema }),
		challenge: translatedTextSchema,
		challengeAreas: z
			.array(z.string())
			.describe('Challenge areas chosen from the programme’s list, e.g. `youth_participation`.'),
		recognisedAreas: z
			.array(z.string())
			.describe(
				'Challenge areas recognised in the text of `challenge`. Matchmaking compares both lists together ' +
					'with the other side’s.'
			),
		hopes: translatedTextSchema.describe('What the organisation hopes a Swedish partner brings.'),
		contactRole: translatedTextSchema.describe('Who to contact, as a role.'),
		languages: z.array(z.string().regex(/^[a-z]{2}$/)).describe('Working languages, ISO 639-1 codes.'),
		maxMatches: z.int().min(1).max(10).describe('How many Swedish partners it may be matched with.'),
		matchesLeft: z.int().min(0).describe('`maxMatches` less the matches already accepted.'),
		call: z.object({ slug, title: translatedTextSchema }),
		publishedAt: z.iso.datetime().nullable()
	})
	.describe('An organisation abroad that seeks a Swedish partner in a partner-search call.')
	.register(apiSchemas, { id: 'PartnerProfile' });

export const partnerProfilePageSchema = z
	.object({
		data: z.array(partnerProfileSchema),
		page: z.int().min(1),
		limit: z.int().min(1),
		total: z.int().min(0).describe('How many profiles match the filters, on all pages.')
	})
	.register(apiSchemas, { id: 'PartnerProfilePage' });

export const partnerProfileDocumentSchema = z
	.object({ data: partnerProfileSchema })
	.register(apiSchemas, { id: 'PartnerProfileDocument' });

export type PartnerProfile = z.output<typeof partnerProfileSchema>;
export type PartnerProfilePage = z.output<typeof partnerProfilePageSchema>;
export type PartnerProfileDocument = z.output<typeof partnerProfileDocumentSchema>;
