import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localNumber, optional, translatedText } from '$lib/server/validation';
import { countryCode } from '../countries/schemas';

const year = localNumber({
	whole: true,
	min: 1900,
	max: 2200,
	error: () => m.validation_year({ min: 1900, max: 2200 })
});

/** A network's fields; `networkInput` adds the rule between the years. */
export const networkFields = z.object({
	programmeId: z.uuid({ error: () => m.validation_choose_programme() }),
	themeId: z.uuid({ error: () => m.validation_choose_theme() }),
	name: translatedText({ max: 200, required: true }),
	description: translatedText({ max: 10_000 }),
	startYear: year,
	endYear: year,
	countryCodes: z.array(countryCode).max(50).default([]),
	slug: optional(
		z
			.string()
			.trim()
			.max(80, { error: () => m.admin_slug_format() })
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.admin_slug_format() })
	)
});

export const networkInput = networkFields.refine((n) => n.endYear >= n.startYear, {
	path: ['endYear'],
	error: () => m.validation_end_year_before_start()
});

export type NetworkInput = z.input<typeof networkInput>;

/** A university's expert attached to a network: who, how to reach them, what they offer. */
export const networkExpertInput = z.object({
	organisationId: z.uuid({ error: () => m.validation_choose_organisation() }),
	name: z
		.string({ error: () => m.admin_expert_name_required() })
		.trim()
		.min(2, { error: () => m.admin_expert_name_required() })
		.max(200),
	email: optional(z.email({ error: () => m.admin_email_invalid() }).max(254)),
	expertise: translatedText({ max: 2000 })
});

export type NetworkExpertInput = z.input<typeof networkExpertInput>;
