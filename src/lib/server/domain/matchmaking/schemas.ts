import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { optional, wholeNumber } from '$lib/server/validation';

/** A pair staff accept: an answer to the call and a partner-seeking profile in it (form and API). */
export const matchInput = z.object({
	expressionId: z.uuid({ error: () => m.matchmaking_error_choose_applicant() }),
	profileId: z.uuid({ error: () => m.matchmaking_error_choose_profile() })
});

export type MatchInput = z.input<typeof matchInput>;

/**
 * Query parameters of GET /api/v1/calls/{id}/suggestions and of the matching page's filter: one
 * applicant's or one profile's ranked pairs, at most `limit`.
 */
export const suggestionsQuery = z.object({
	expression: optional(z.uuid({ error: () => m.matchmaking_error_choose_applicant() })),
	profile: optional(z.uuid({ error: () => m.matchmaking_error_choose_profile() })),
	limit: wholeNumber({ min: 1, max: 500, fallback: 50 })
});

export type SuggestionsQuery = z.output<typeof suggestionsQuery>;
