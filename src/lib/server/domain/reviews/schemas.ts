import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { expressionStatuses, type CallCriterion } from '$lib/server/db/schema';
import { optional } from '$lib/server/validation';

// One schema per input, shared by the review pages' forms and /api/v1, so both give the same field errors.

/** How many answers one bulk move may take: a call rarely has more, and one transaction stays short. */
export const MAX_BULK_MOVE = 500;

const score = z.preprocess(
	(value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
	z
		.number({
			error: (issue) => (issue.input === undefined ? m.review_error_score_required() : m.review_error_score_range())
		})
		.int({ error: () => m.review_error_score_range() })
		.min(1, { error: () => m.review_error_score_range() })
		.max(5, { error: () => m.review_error_score_range() })
);

const criterionScore = z.object(
	{
		score,
		comment: optional(
			z
				.string()
				.trim()
				.max(2000, { error: () => m.review_error_comment_too_long() })
		)
	},
	{ error: () => m.review_error_score_required() }
);

/** The shape of a review, whatever the call: scores by criterion id. Published in the API document. */
export const reviewInput = z.object({
	scores: z
		.record(z.string(), criterionScore)
		.describe("One entry per criterion of the call, by the criterion's id: a score 1–5 and an optional comment.")
});
export type ReviewInput = z.input<typeof reviewInput>;

/**
 * The review schema for one call: every criterion must be scored (`scores.<id>.score`), and ids the
 * call does not have are refused (`scores.<id>`).
 */
export function reviewInputFor(criteria: readonly CallCriterion[]) {
	const known = new Set(criteria.map((c) => c.id));
	return z
		.object({ scores: z.record(z.string(), z.unknown()).optional().default({}) })
		.superRefine((value, ctx) => {
			for (const id of Object.keys(value.scores))
				if (!known.has(id))
					ctx.addIssue({ code: 'custom', path: ['scores', id], message: m.review_error_unknown_criterion() });
			for (const { id } of criteria) {
				const result = criterionScore.safeParse(value.scores[id] ?? { score: undefined });
				if (!result.success)
					for (const issue of result.error.issues)
						ctx.addIssue({ code: 'custom', path: ['scores', id, ...issue.path.map(String)], message: issue.message });
			}
		})
		.transform((value) => {
			const scores: Record<string, { score: number; comment: string }> = {};
			for (const { id } of criteria) {
				const parsed = criterionScore.parse(value.scores[id]);
				scores[id] = { score: parsed.score, comment: parsed.comment ?? '' };
			}
			return { scores };
		});
}

export const noteInput = z.object({
	body: z
		.string({ error: () => m.review_error_note_required() })
		.trim()
		.min(1, { error: () => m.review_error_note_required() })
		.max(5000, { error: () => m.review_error_note_too_long() })
});
export type NoteInput = z.input<typeof noteInput>;

export const statusMoveInput = z.object({
	expressionIds: z
		.array(z.uuid({ error: () => m.review_error_choose_answers() }), { error: () => m.review_error_choose_answers() })
		.min(1, { error: () => m.review_error_choose_answers() })
		.max(MAX_BULK_MOVE, { error: () => m.review_error_too_many_answers() })
		.transform((ids) => [...new Set(ids)]),
	to: z.enum(expressionStatuses, { error: () => m.review_error_status_required() }),
	reason: optional(
		z
			.string()
			.trim()
			.max(1000, { error: () => m.review_error_reason_too_long() })
	)
});
export type StatusMoveInput = z.input<typeof statusMoveInput>;

/** `?status=` of the answers list: blank means every status but drafts. */
export const answerListQuery = z.object({
	status: optional(z.enum(expressionStatuses, { error: () => m.review_error_status_required() }))
});
