import { z } from 'zod';
import { organisationKinds, partnershipPhases } from '$lib/server/db/schema';
import {
	apiSchemas,
	countryCodeSchema,
	networkRefSchema,
	slugSchema,
	themeRefSchema,
	translatedTextSchema
} from '$lib/server/api/schemas';
import { governanceWarningSchema } from '../../governance/api/schemas';

// The shapes of the partnership endpoints: the public list (reads.ts) and the signed-in ones (operations.ts).

export const partySchema = z
	.object({ slug: slugSchema, name: z.string(), countryCode: countryCodeSchema, kind: z.enum(organisationKinds) })
	.describe('An organisation taking part in a partnership.')
	.register(apiSchemas, { id: 'Party' });

export const partnershipSchema = z
	.object({
		slug: slugSchema,
		title: translatedTextSchema,
		phase: z.enum(partnershipPhases),
		startDate: z.iso.date().nullable(),
		endDate: z.iso.date().nullable(),
		theme: themeRefSchema,
		network: networkRefSchema.nullable(),
		parties: z.array(partySchema).describe('Swedish parties first, then by name.')
	})
	.register(apiSchemas, { id: 'Partnership' });

export const partnershipPageSchema = z
	.object({
		data: z.array(partnershipSchema),
		page: z.int().min(1),
		limit: z.int().min(1),
		total: z.int().min(0).describe('How many partnerships match the filters, on all pages.')
	})
	.register(apiSchemas, { id: 'PartnershipPage' });

const isoDate = z.iso.date();

export const workspacePartySchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		name: z.string(),
		countryCode: countryCodeSchema,
		kind: z.enum(organisationKinds)
	})
	.describe('A party of the partnership, with its organisation id.')
	.register(apiSchemas, { id: 'PartnershipParty' });

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
export type PartnershipPage = z.output<typeof partnershipPageSchema>;
export type Partnership = z.output<typeof partnershipSchema>;
