import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isCountryCode } from './names';

// The one definition of a country code, for every form, filter, import and API answer.

/** How records and answers write a country: ISO 3166-1 alpha-2, upper case (the database checks it too). */
export const countryCodeFormat = z.string().regex(/^[A-Z]{2}$/);

/**
 * A country someone gives: any case ("za" is ZA), and it must exist. The pattern accepts both cases so the
 * published OpenAPI pattern says so; the unknown-country message is in the reader's language.
 */
export const countryCode = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Za-z]{2}$/, { error: () => m.validation_country_unknown() })
	.refine(isCountryCode, { error: () => m.validation_country_unknown() });
