import { z } from 'zod';
import {
	apiSchemas,
	countryCodeSchema,
	slugSchema,
	themeRefSchema,
	translatedTextSchema
} from '$lib/server/api/schemas';

// The network endpoints' answers: the public list, and the record as staff edit it, ids included.

export const networkSchema = z
	.object({
		slug: slugSchema,
		name: translatedTextSchema,
		description: translatedTextSchema,
		theme: themeRefSchema,
		startYear: z.int(),
		endYear: z.int(),
		countries: z.array(countryCodeSchema),
		partnershipCount: z.int().min(0)
	})
	.register(apiSchemas, { id: 'Network' });

export const networkListSchema = z.object({ data: z.array(networkSchema) }).register(apiSchemas, { id: 'NetworkList' });

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
		countryCodes: z.array(countryCodeSchema)
	})
	.register(apiSchemas, { id: 'AdminNetwork' });

export const adminNetworkDocumentSchema = z
	.object({ data: adminNetworkSchema })
	.register(apiSchemas, { id: 'AdminNetworkDocument' });

export type NetworkList = z.output<typeof networkListSchema>;
export type AdminNetworkDocument = z.output<typeof adminNetworkDocumentSchema>;
