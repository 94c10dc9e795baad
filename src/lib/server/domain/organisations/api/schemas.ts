import { z } from 'zod';
import { organisationKinds } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, slugSchema, translatedTextSchema } from '$lib/server/api/schemas';
import { partnershipSchema } from '../../partnerships/api/schemas';

// The organisation endpoints' answers: the public profile (GET by slug), and the record as staff edit it, ids included.

/** What every answer says about an organisation. */
const organisationFields = {
	slug: slugSchema,
	name: z.string(),
	kind: z.enum(organisationKinds),
	countryCode: countryCodeSchema,
	subdivision: z.string().nullable(),
	population: z.int().nullable(),
	latitude: z.number().nullable(),
	longitude: z.number().nullable(),
	description: translatedTextSchema
};

export const organisationSchema = z
	.object({
		...organisationFields,
		partnerships: z.array(partnershipSchema).describe('Its partnerships, newest first (at most 100).')
	})
	.register(apiSchemas, { id: 'Organisation' });

export const organisationDocumentSchema = z
	.object({ data: organisationSchema })
	.register(apiSchemas, { id: 'OrganisationDocument' });

export const adminOrganisationSchema = z
	.object({ id: z.uuid(), ...organisationFields, website: z.string().nullable() })
	.register(apiSchemas, { id: 'AdminOrganisation' });

export const adminOrganisationDocumentSchema = z
	.object({ data: adminOrganisationSchema })
	.register(apiSchemas, { id: 'AdminOrganisationDocument' });

export type OrganisationDocument = z.output<typeof organisationDocumentSchema>;
export type AdminOrganisationDocument = z.output<typeof adminOrganisationDocumentSchema>;
