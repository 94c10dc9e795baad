import { z } from 'zod';
import { countryCodeFormat } from '../domain/countries/schemas';

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

/** A public address part: lower-case words joined by hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** How every answer writes a country. */
export const countryCodeSchema = countryCodeFormat.describe('ISO 3166-1 alpha-2 country code, e.g. SE or ZA');

export const themeRefSchema = z
	.object({ slug: slugSchema, name: translatedTextSchema })
	.register(apiSchemas, { id: 'ThemeRef' });

export const networkRefSchema = z
	.object({ slug: slugSchema, name: translatedTextSchema })
	.register(apiSchemas, { id: 'NetworkRef' });

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

export type ApiErrorBody = z.output<typeof errorSchema>;
