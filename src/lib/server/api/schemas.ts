import { z } from 'zod';
import { organisationKinds, partnershipPhases } from '$lib/server/db/schema';

/**
 * The shapes /api/v1 answers with. The handlers are typed against them (z.output), the tests parse real
 * answers with them, and openapi.ts turns them into the published document: one source for all three.
 * They are not parsed per request: that would cost time on every read for nothing the types do not give.
 */
export const apiSchemas = z.registry<{ id: string }>();

export const translatedTextSchema = z
	.object({ sv: z.string().optional(), en: z.string().optional(), es: z.string().optional() })
	.describe('A text in up to three languages; a language missing here has not been written yet.')
	.register(apiSchemas, { id: 'TranslatedText' });

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/)
	.describe('ISO 3166-1 alpha-2 country code, e.g. SE or ZA');

export const themeRefSchema = z.object({ slug, name: translatedTextSchema }).register(apiSchemas, { id: 'ThemeRef' });

export const networkRefSchema = z
	.object({ slug, name: translatedTextSchema })
	.register(apiSchemas, { id: 'NetworkRef' });

export const partySchema = z
	.object({ slug, name: z.string(), countryCode, kind: z.enum(organisationKinds) })
	.describe('An organisation taking part in a partnership.')
	.register(apiSchemas, { id: 'Party' });

export const partnershipSchema = z
	.object({
		slug,
		title: translatedTextSchema,
		phase: z.enum(partnershipPhases),
		startDate: z.iso.date().nullable(),
		endDate: z.iso.date().nullable(),
		theme: themeRefSchema,
		network: networkRefSchema.nullable(),
		parties: z.array(partySchema).describe('Swedish parties first, then by name.')
	})
	.register(apiSchemas, { id: 'Partnership' });

export const networkSchema = z
	.object({
		slug,
		name: translatedTextSchema,
		description: translatedTextSchema,
		theme: themeRefSchema,
		startYear: z.int(),
		endYear: z.int(),
		countries: z.array(countryCode),
		partnershipCount: z.int().min(0)
	})
	.register(apiSchemas, { id: 'Network' });

export const organisationSchema = z
	.object({
		slug,
		name: z.string(),
		kind: z.enum(organisationKinds),
		countryCode,
		subdivision: z.string().nullable(),
		population: z.int().nullable(),
		latitude: z.number().nullable(),
		longitude: z.number().nullable(),
		description: translatedTextSchema,
		partnerships: z.array(partnershipSchema).describe('Its partnerships, newest first (at most 100).')
	})
	.register(apiSchemas, { id: 'Organisation' });

export const networkListSchema = z.object({ data: z.array(networkSchema) }).register(apiSchemas, { id: 'NetworkList' });

export const partnershipPageSchema = z
	.object({
		data: z.array(partnershipSchema),
		page: z.int().min(1),
		limit: z.int().min(1),
		total: z.int().min(0).describe('How many partnerships match the filters, on all pages.')
	})
	.register(apiSchemas, { id: 'PartnershipPage' });

export const organisationDocumentSchema = z
	.object({ data: organisationSchema })
	.register(apiSchemas, { id: 'OrganisationDocument' });

export const apiErrorCodes = [
	'invalid_parameters',
	'invalid_input',
	'unauthenticated',
	'forbidden',
	'not_found',
	'conflict',
	'too_large',
	'unsupported_media_type',
	'rate_limited',
	'internal',
	'unavailable'
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const errorSchema = z
	.object({
		error: z.object({
			code: z.enum(apiErrorCodes),
			message: z.string().describe("In the request's language (Accept-Language, else Swedish)."),
			parameters: z
				.record(z.string(), z.string())
				.optional()
				.describe('With invalid_parameters: each bad parameter and what is wrong with it.'),
			fields: z
				.record(z.string(), z.string())
				.optional()
				.describe(
					'With invalid_input: each bad field of the request body (dotted paths, e.g. `title.sv`) and what is wrong, as the forms say it.'
				)
		})
	})
	.register(apiSchemas, { id: 'Error' });

export type NetworkList = z.output<typeof networkListSchema>;
export type PartnershipPage = z.output<typeof partnershipPageSchema>;
export type Partnership = z.output<typeof partnershipSchema>;
export type OrganisationDocument = z.output<typeof organisationDocumentSchema>;
export type ApiErrorBody = z.output<typeof errorSchema>;
