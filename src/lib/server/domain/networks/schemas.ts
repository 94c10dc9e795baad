import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { optional, translatedText } from '$lib/server/validation';
import { countryCode } from '../organisations/schemas';

const year = z.coerce.number().int().min(1900).max(2200);

export const networkInput = z
	.object({
		programmeId: z.uuid(),
		themeId: z.uuid(),
		name: translatedText({ max: 200, required: true }),
		description: translatedText({ max: 10_000 }),
		startYear: year,
		endYear: year,
		countryCodes: z.array(countryCode).max(50).default([]),
		slug: optional(
			z
				.string()
				.trim()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
				.max(80)
		)
	})
	.refine((n) => n.endYear >= n.startYear, {
		path: ['endYear'],
		error: () => m.validation_end_year_before_start()
	});

export type NetworkInput = z.input<typeof networkInput>;
