import { z } from 'zod';
import { organisationKinds, partnershipPhases } from '$lib/server/db/schema';
import { apiSchemas, networkRefSchema, themeRefSchema, translatedTextSchema } from './schemas';

// The shapes of the signed-in partnership endpoints (operations/partnerships.ts).

const isoDate = z.iso.date();

export const workspacePartySchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		name: z.string(),
		countryCode: z.string().regex(/^[A-Z]{2}$/),
		kind: z.enum(organisationKinds)
	})
	.describe('A party of the partnership, with its organisation id.')
	.register(apiSchemas, { id: 'PartnershipParty' });

export const governanceWarningSchema = z
	.object({
		code: z.enum([
			'steering_majority_missing',
			'steering_opposition_missing',
			'project_group_side_missing',
			'steering_chair_missing'
		]),
		organisationId: z.uuid().optional().describe('The side the warning concerns, when it concerns one.'),
		message: z.string().describe("What is missing, in the request's language.")
	})
	.describe('A governance rule the partnership does not meet yet.')
	.register(apiSchemas, { id: 'GovernanceWarning' });

export const partnershipDetailSchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		programmeId: z.uuid(),
		title: translatedTextSchema,
		challenge: translatedTextSchema,
		phase: z.enum(partnershipPhases),
		startDate: isoDate.nullable(),
		endDate: isoDate.nullable(),
		projectStartDate: isoDate.nullable().describe('Set on the plan; needed to move into the project phase.'),
		projectEndDate: isoDate.nullable(),
		theme: themeRefSchema.extend({ id: z.uuid() }),
		network: networkRefSchema.extend({ id: z.uuid() }).nullable(),
		parties: z.array(workspacePartySchema).describe('Swedish parties first, then by name.'),
		warnings: z
			.array(governanceWarningSchema)
			.describe('Open governance warnings; empty when all is well, and once the partnership has ended.'),
		public: z
			.boolean()
			.describe('Whether the public sees it: staff published it, or its phase is one the programme shows.'),
		publishedAt: z.iso.datetime().nullable().describe('When staff published it; null when they have not.'),
		canEdit: z.boolean().describe('Whether you may change it (staff, or a coordinator of a party).')
	})
	.register(apiSchemas, { id: 'PartnershipDetail' });

export const partnershipDetailDocumentSchema = z
	.object({ data: partnershipDetailSchema })
	.register(apiSchemas, { id: 'PartnershipDetailDocument' });

export type PartnershipDetailDocument = z.output<typeof partnershipDetailDocumentSchema>;
