import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { organisationKinds } from '$lib/server/db/schema';
import { optional, translatedText } from '$lib/server/validation';
import { isCountryCode } from '../countries/names';

export const countryCode = z
	.string()
	.trim()
	.toUpperCase()
	.refine(isCountryCode, { error: () => m.validation_country_unknown() });

export const organisationInput = z.object({
	name: z.string().trim().min(2).max(200),
	kind: z.enum(organisationKinds),
	countryCode,
	subdivision: optional(z.string().trim().max(200)),
	population: optional(z.coerce.number().int().positive().max(2_000_000_000)),
	latitude: optional(z.coerce.number().min(-90).max(90)),
	longitude: optional(z.coerce.number().min(-180).max(180)),
	website: optional(z.url({ protocol: /^https?$/ }).max(500)),
	description: translatedText({ max: 5000 })
});

export type OrganisationInput = z.input<typeof organisationInput>;
