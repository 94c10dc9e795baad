import { z } from 'zod';
import { organisationKinds } from '$lib/server/db/schema';
import { apiSchemas, translatedTextSchema } from './schemas';

// What the staff endpoints for organisations and networks answer with: the record as staff edit it, ids included.

const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/)
	.describe('ISO 3166-1 alpha-2 country code, e.g. SE or ZA');

export const adminOrganisationSchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		name: z.string(),
		kind: z.enum(organisationKinds),
		countryCode,
		subdivision: z.string().nullable(),
		population: z.int().nullable(),
		latitude: z.number().nullable(),
		longitude: z.number().nullable(),
		website: z.string().nullable(),
		description: translatedTextSchema
	})
	.register(apiSchemas, { id: 'AdminOrganisation' });

export const adminOrganisationDocumentSchema = z
	.object({ data: adminOrganisationSchema })
	.register(apiSchemas, { id: 'AdminOrganisationDocument' });

export const adminNetworkSchema = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		programmeId: z.uuid(),
		themeId: z.uuid(),
		name: translatedTextSchema,
		description: translatedTextSchema,
		startYear: z.int(),
		endYear: z.int(),
		countryCodes: z.array(countryCode)
	})
	.register(apiSchemas, { id: 'AdminNetwork' });

export const adminNetworkDocumentSchema = z
	.object({ data: adminNetworkSchema })
	.register(apiSchemas, { id: 'AdminNetworkDocument' });

export type AdminOrganisationDocument = z.output<typeof adminOrganisationDocumentSchema>;
export type AdminNetworkDocument = z.output<typeof adminNetworkDocumentSchema>;
