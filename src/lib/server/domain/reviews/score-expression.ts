import { sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { expressionReviews } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { statusName } from '../expressions/statuses';
import { expressionForReview, isScorable, reviewerId } from './policy';
import { reviewInputFor, type ReviewInput } from './schemas';

/**
 * Saves the actor's own review of an answer: a score 1–5 (and an optional comment) for every
 * criterion of its call, replacing the actor's earlier review if there is one (one per reviewer).
 * Staff only; everyone else, and drafts, get 404. Withdrawn answers are refused (field `status`).
 * Field errors: `scores.<criterionId>.score`, `scores.<criterionId>.comment`, `scores.<unknownId>`.
 * Side effect: audit event `expression_review.saved`.
 */
export async function scoreExpression(actor: Actor, expressionId: string, input: ReviewInput) {
	return db().transaction(async (tx) => {
		const { expression, call } = await expressionForReview(tx, actor, expressionId, { lock: true });
		const userId = reviewerId(actor);
		if (!isScorable(expression.status))
			throw AppError.invalid({ status: m.review_error_not_scorable({ status: statusName(expression.status) }) });
		const { scores } = parseInput(reviewInputFor(call.criteria), input);
		const [review] = await tx
			.insert(expressionReviews)
			.values({ expressionId: expression.id, reviewerUserId: userId, scores })
			.onConflictDoUpdate({
				target: [expressionReviews.expressionId, expressionReviews.reviewerUserId],
				set: { scores, updatedAt: sql`now()` }
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'expression_review.saved',
			subjectType: 'expression_review',
			subjectId: review!.id,
			organisationIds: expression.organisationId ? [expression.organisationId] : [],
			after: { expressionId: expression.id, scores }
		});
		return {
			id: review!.id,
			expressionId: expression.id,
			reviewerUserId: userId,
			scores,
			updatedAt: review!.updatedAt.toISOString()
		};
	});
}
