import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { calls, expressionsOfInterest } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import type { ExpressionStatus } from '../expressions/statuses';

// Review is staff's work alone: scores, averages and notes are never shown to applicants or coordinators,
// and to them every review address answers "not found", as if it did not exist.

/** Programme staff review answers; nobody else learns that reviews exist. */
export function canReview(actor: Actor): boolean {
	return canAdministerProgramme(actor);
}

/**
 * What staff may score: answers that were submitted and not withdrawn. A draft is the applicant's
 * unfinished work (staff do not see it at all); a withdrawn answer is no longer in the running, but
 * its earlier reviews stay readable.
 */
export const scorableStatuses: readonly ExpressionStatus[] = [
	'submitted',
	'under_review',
	'shortlisted',
	'matched',
	'declined'
];

export function isScorable(status: ExpressionStatus): boolean {
	return scorableStatuses.includes(status);
}

/** The call whose answers staff review, or 404 for anyone else and for an unknown id. */
export async function callForReview(tx: Executor, actor: Actor, callId: string) {
	if (!canReview(actor) || !isUuid(callId)) throw AppError.notFound();
	const [call] = await tx.select().from(calls).where(eq(calls.id, callId));
	if (!call) throw AppError.notFound();
	return call;
}

/**
 * An answer that staff review, with its call: 404 for anyone else, for an unknown id and for drafts.
 * `lock` takes the answer's row lock (for writes that must see its current status).
 */
export async function expressionForReview(
	tx: Executor,
	actor: Actor,
	expressionId: string,
	{ lock = false }: { lock?: boolean } = {}
) {
	if (!canReview(actor) || !isUuid(expressionId)) throw AppError.notFound();
	const query = tx
		.select({ expression: expressionsOfInterest, call: calls })
		.from(expressionsOfInterest)
		.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
		.where(and(eq(expressionsOfInterest.id, expressionId), ne(expressionsOfInterest.status, 'draft')));
	const [found] = await (lock ? query.for('update', { of: expressionsOfInterest }) : query);
	if (!found) throw AppError.notFound();
	return found;
}

/** The staff member who writes: reviews and notes are signed, so the system actor cannot write them. */
export function reviewerId(actor: Actor): string {
	if (!actor.userId) throw AppError.notFound();
	return actor.userId;
}
