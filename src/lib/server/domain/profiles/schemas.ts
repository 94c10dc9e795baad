import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { countryCode } from '../countries/schemas';
import { challengeAreas } from '../matchmaking/areas';
import { optional, population, translatedText, wholeNumber } from '$lib/server/validation';
import { isLanguageCode } from './languages';

const choice = z.uuid({ error: () => m.validation_unknown_choice() });

const languageCode = z
	.string()
	.trim()
	.toLowerCase()
	.refine(isLanguageCode, { error: () => m.profiles_language_unknown() });

/** What a profile says; the same fields are edited later (`profileUpdateInput`). */
export const profileUpdateInput = z.object({
	themeId: z.uuid({ error: () => m.validation_choose_theme() }),
	challenge: translatedText({ max: 5000, required: true }),
	/** What the organisation hopes a Swedish partner brings. */
	hopes: translatedText({ max: 5000, required: true }),
	/** Who to contact, as a role ("planning director"), not a person's name. */
	contactRole: translatedText({ max: 200, required: true }),
	/** Blank: the organisation's own population. */
	population: optional(population()),
	/** Working languages, ISO 639-1 codes. */
	languages: z
		.array(languageCode)
		.max(20)
		.default([])
		.transform((codes) => [...new Set(codes)]),
	/** How many Swedish partners it may be matched with. */
	maxMatches: wholeNumber({ min: 1, max: 10, fallback: 1 }),
	/** Challenge areas chosen from the programme's list (vocabulary keys); left out when editing: unchanged. */
	challengeAreas: challengeAreas.optional()
});

/** A new partner-seeking profile: an organisation abroad in a partner-search call. */
export const profileInput = profileUpdateInput.extend({
	callId: choice,
	organisationId: z.uuid({ error: () => m.validation_choose_organisation() }),
	challengeAreas: challengeAreas.default([])
});

export type ProfileInput = z.input<typeof profileInput>;
export type ProfileUpdateInput = z.input<typeof profileUpdateInput>;

/** The public list's filters, from a query string: country (any case), theme (slug or id), call (slug). */
export const profileListQuery = z.object({
	country: optional(countryCode),
	theme: optional(z.string().trim().max(80)),
	call: optional(z.string().trim().max(80)),
	page: wholeNumber({ min: 1, max: 10_000, fallback: 1 }),
	limit: wholeNumber({ min: 1, max: 100, fallback: 20 })
});

export type ProfileListQuery = z.output<typeof profileListQuery>;
