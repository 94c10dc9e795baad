import { eq } from 'drizzle-orm';
import { expressionStatusLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { expressionStatusChanges, expressionsOfInterest, expressionStatuses } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';

/** An answer's statuses in their order; routes take the list from here, not from the database schema. */
export { expressionStatuses };
export type ExpressionStatus = (typeof expressionStatuses)[number];

/**
 * The moves staff make while reviewing. `matched` is not among them: only accepting a match
 * (domain/matchmaking) moves an answer there, with the partnership it makes.
 */
const staffMoves: Record<ExpressionStatus, readonly ExpressionStatus[]> = {
	draft: [],
	submitted: ['under_review', 'shortlisted', 'declined'],
	under_review: ['shortlisted', 'declined'],
	shortlisted: ['under_review', 'declined'],
	declined: ['under_review'],
	matched: [],
	withdrawn: []
};

/** The applicant submits a draft, and may withdraw until the answer is matched or declined. */
const applicantMoves: Record<ExpressionStatus, readonly ExpressionStatus[]> = {
	draft: ['submitted', 'withdrawn'],
	submitted: ['withdrawn'],
	under_review: ['withdrawn'],
	shortlisted: ['withdrawn'],
	declined: [],
	matched: [],
	withdrawn: []
};

/** Statuses from which accepting a match may move an answer to `matched`. */
export const matchableStatuses: readonly ExpressionStatus[] = ['submitted', 'under_review', 'shortlisted'];

export function canMove(by: 'staff' | 'applicant' | 'match', from: ExpressionStatus, to: ExpressionStatus): boolean {
	if (by === 'match') return to === 'matched' && matchableStatuses.includes(from);
	return (by === 'staff' ? staffMoves : applicantMoves)[from].includes(to);
}

/** The statuses staff may move an answer to from `from`, for the review page's choices. */
export function staffMovesFrom(from: ExpressionStatus): readonly ExpressionStatus[] {
	return staffMoves[from];
}

/** A status's name, in the request's language or the one given (mails go out in the applicant's). */
export const statusName = expressionStatusLabel;

type Moving = { id: string; callId: string; organisationId: string | null; status: ExpressionStatus };

/**
 * Moves one expression of interest to `to` inside the caller's transaction, which must hold the
 * expression's row lock (`for update`): checks the move is allowed for `by`, updates the status
 * (and `submitted_at` on submission), and records the change in the timeline and the audit log.
 * The caller sends the mail after commit (mails.ts), so that no mail tells of a change rolled back.
 */
export async function moveStatus(
	tx: Executor,
	actor: Actor,
	expression: Moving,
	to: ExpressionStatus,
	{ by, reason }: { by: 'staff' | 'applicant' | 'match'; reason?: string }
): Promise<void> {
	if (!canMove(by, expression.status, to))
		throw AppError.invalid({
			status: m.expressions_error_status_move({ from: statusName(expression.status), to: statusName(to) })
		});
	const now = new Date();
	await tx
		.update(expressionsOfInterest)
		.set({ status: to, ...(to === 'submitted' ? { submittedAt: now } : {}) })
		.where(eq(expressionsOfInterest.id, expression.id));
	await tx.insert(expressionStatusChanges).values({
		expressionId: expression.id,
		fromStatus: expression.status,
		toStatus: to,
		reason: reason ?? null,
		changedByUserId: actor.userId,
		changedAt: now
	});
	await recordAudit(tx, actor, {
		action: 'expression.status_changed',
		subjectType: 'expression',
		subjectId: expression.id,
		organisationIds: expression.organisationId ? [expression.organisationId] : [],
		before: { status: expression.status },
		after: { status: to },
		reason
	});
}
