import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { translatedText, wholeNumber } from '$lib/server/validation';
import { partnershipPublicities } from '$lib/server/db/schema';
import { canonicalTimeZone, isTimeZone } from '$lib/time';
import { countryCode } from '../countries/schemas';

/** A programme's texts, rules and cooperation countries, as staff edit them. */
export const programmeInput = z
	.object({
		name: translatedText({ max: 200, required: true }),
		description: translatedText({ max: 10_000 }),
		minMeetingsPerYear: wholeNumber({ min: 0, max: 52, fallback: 2 }),
		projectMinYears: wholeNumber({ min: 1, max: 20, fallback: 1 }),
		projectMaxYears: wholeNumber({ min: 1, max: 20, fallback: 3 }),
		fundedConferenceParticipants: wholeNumber({ min: 0, max: 100, fallback: 2 }),
		countryCodes: z.array(countryCode).max(250).default([]),
		/** From when partnerships are public (decision 0013); left out, the programme's default. */
		partnershipsPublicFrom: z
			.enum(partnershipPublicities, { error: () => m.admin_programme_public_from_invalid() })
			.default('project'),
		/** The programme's clock (decision 0012): an IANA zone, stored by its canonical name; left out, kept. */
		timeZone: z
			.string({ error: () => m.admin_programme_time_zone_invalid() })
			.trim()
			.refine(isTimeZone, { error: () => m.admin_programme_time_zone_invalid() })
			.transform((zone) => canonicalTimeZone(zone)!)
			.optional()
	})
	.refine((p) => p.projectMaxYears >= p.projectMinYears, {
		path: ['projectMaxYears'],
		error: () => m.admin_programme_max_years_below_min()
	});

export type ProgrammeInput = z.input<typeof programmeInput>;

/** The fields whose changes the programme's history shows, in the order it shows them. */
export const programmeHistoryFields = [
	'name',
	'description',
	'minMeetingsPerYear',
	'projectMinYears',
	'projectMaxYears',
	'fundedConferenceParticipants',
	'partnershipsPublicFrom',
	'timeZone',
	'countryCodes'
] as const;
export type ProgrammeHistoryField = (typeof programmeHistoryFields)[number];
