import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { organisationKinds } from '$lib/server/db/schema';

/** The kinds of organisation; routes take the list from here, not from the database schema. */
export { organisationKinds };
import { formatNumber } from '$lib/format';
import { getLocale } from '$lib/paraglide/runtime';
import { localNumber, optional, population, translatedText, wholeNumber } from '$lib/server/validation';
import { countryCode } from '../countries/schemas';

const degrees = (limit: number, message: typeof m.validation_latitude) =>
	localNumber({
		min: -limit,
		max: limit,
		error: () => message({ example: formatNumber(limit === 90 ? 57.78 : 14.16, getLocale()) })
	});

export const organisationInput = z.object({
	name: z
		.string({ error: () => m.validation_organisation_name() })
		.trim()
		.min(2, { error: () => m.validation_organisation_name() })
		.max(200, { error: () => m.validation_organisation_name() }),
	kind: z.enum(organisationKinds, { error: () => m.validation_choose_organisation_kind() }),
	countryCode,
	subdivision: optional(z.string().trim().max(200)),
	population: optional(population()),
	latitude: optional(degrees(90, m.validation_latitude)),
	longitude: optional(degrees(180, m.validation_longitude)),
	website: optional(z.url({ protocol: /^https?$/, error: () => m.validation_url() }).max(500)),
	description: translatedText({ max: 5000 })
});

export type OrganisationInput = z.input<typeof organisationInput>;

/**
 * Query parameters of the public directory of organisations: a name to search for (any part of it,
 * ignoring case and accents), a country, a kind, the page. An empty one means "not given".
 */
export const organisationDirectoryQuery = z.object({
	q: optional(
		z
			.string()
			.trim()
			.max(100)
			.transform((text) => text.replace(/\s+/g, ' '))
	),
	country: optional(countryCode),
	kind: optional(z.enum(organisationKinds, { error: () => m.validation_unknown_choice() })),
	page: wholeNumber({ min: 1, max: 10_000, fallback: 1 })
});

export type OrganisationDirectoryQuery = z.output<typeof organisationDirectoryQuery>;
