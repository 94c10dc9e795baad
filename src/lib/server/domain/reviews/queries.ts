import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { db, type Executor } from '$lib/server/db/client';
import {
	expressionNotes,
	expressionReviews,
	expressionStatusChanges,
	expressionsOfInterest,
	organisations,
	themes,
	users
} from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { staffMovesFrom, type ExpressionStatus } from '../expressions/statuses';
import { averageScores } from './averages';
import { callForReview, expressionForReview, isScorable } from './policy';
import { answerListQuery } from './schemas';
import { parseInput } from '$lib/server/validation';

// Staff's reads of a call's answers and of one answer with its reviews and notes. Staff only: everyone
// else gets 404 (policy.ts). Texts people wrote stay {sv,en,es}: pages localise, the API passes them on.

type Call = Awaited<ReturnType<typeof callForReview>>;

/** The call as the review pages and the API describe it. */
function callSummary(call: Call) {
	return {
		id: call.id,
		slug: call.slug,
		kind: call.kind,
		title: call.title,
		criteria: call.criteria,
		questions: call.questions,
		requirements: call.requirements
	};
}

/**
 * Every answer to a call but drafts (or those of one `status`), with the organisation, the number of
 * reviews, the averages and whether the actor has scored it; the best average first (unscored last),
 * then the earliest submitted.
 */
export async function listAnswers(actor: Actor, callId: string, query: { status?: string | null } = {}) {
	const { status } = parseInput(answerListQuery, { status: query.status ?? undefined });
	const executor = db();
	const call = await callForReview(executor, actor, callId);
	const rows = await executor
		.select({
			id: expressionsOfInterest.id,
			status: expressionsOfInterest.status,
			submittedAt: expressionsOfInterest.submittedAt,
			organisationId: organisations.id,
			organisationName: organisations.name,
			countryCode: organisations.countryCode,
			organisationKind: organisations.kind
		})
		.from(expressionsOfInterest)
		.leftJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
		.where(
			and(
				eq(expressionsOfInterest.callId, call.id),
				status ? eq(expressionsOfInterest.status, status) : ne(expressionsOfInterest.status, 'draft')
			)
		);
	const reviews = await reviewsOf(
		executor,
		rows.map((r) => r.id)
	);
	const answers = rows.map((row) => {
		const own = reviews.filter((r) => r.expressionId === row.id);
		const averages = averageScores(call.criteria, own);
		return {
			id: row.id,
			organisation: row.organisationId
				? {
						id: row.organisationId,
						name: row.organisationName!,
						countryCode: row.countryCode!,
						kind: row.organisationKind!
					}
				: null,
			status: row.status,
			submittedAt: row.submittedAt?.toISOString() ?? null,
			reviewCount: averages.count,
			averages: { byCriterion: averages.byCriterion, overall: averages.overall },
			reviewedByMe: actor.userId !== null && own.some((r) => r.reviewerUserId === actor.userId)
		};
	});
	answers.sort(
		(a, b) =>
			(b.averages.overall ?? -1) - (a.averages.overall ?? -1) ||
			(a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
			a.id.localeCompare(b.id)
	);
	return { call: callSummary(call), answers };
}

export type AnswerListItem = Awaited<ReturnType<typeof listAnswers>>['answers'][number];

/** The reviews of some answers, with the reviewers' names, oldest first. */
async function reviewsOf(executor: Executor, expressionIds: string[]) {
	if (expressionIds.length === 0) return [];
	return executor
		.select({
			id: expressionReviews.id,
			expressionId: expressionReviews.expressionId,
			reviewerUserId: expressionReviews.reviewerUserId,
			reviewerName: users.name,
			scores: expressionReviews.scores,
			updatedAt: expressionReviews.updatedAt
		})
		.from(expressionReviews)
		.innerJoin(users, eq(users.id, expressionReviews.reviewerUserId))
		.where(inArray(expressionReviews.expressionId, expressionIds))
		.orderBy(asc(expressionReviews.createdAt), asc(expressionReviews.id));
}

/** All reviews of one answer (each reviewer's scores and comments) and their averages. */
export async function listReviews(actor: Actor, expressionId: string) {
	const executor = db();
	const { expression, call } = await expressionForReview(executor, actor, expressionId);
	const reviews = await reviewsOf(executor, [expression.id]);
	const averages = averageScores(call.criteria, reviews);
	return {
		expressionId: expression.id,
		criteria: call.criteria,
		reviews: reviews.map((r) => ({
			id: r.id,
			reviewer: { id: r.reviewerUserId, name: r.reviewerName },
			scores: r.scores,
			updatedAt: r.updatedAt.toISOString()
		})),
		averages
	};
}

/** The internal notes on one answer, newest first, with their authors. */
export async function listNotes(actor: Actor, expressionId: string) {
	const executor = db();
	const { expression } = await expressionForReview(executor, actor, expressionId);
	const rows = await executor
		.select({
			id: expressionNotes.id,
			body: expressionNotes.body,
			createdAt: expressionNotes.createdAt,
			authorId: users.id,
			authorName: users.name
		})
		.from(expressionNotes)
		.leftJoin(users, eq(users.id, expressionNotes.authorUserId))
		.where(eq(expressionNotes.expressionId, expression.id))
		.orderBy(desc(expressionNotes.createdAt), desc(expressionNotes.id));
	return rows.map((r) => ({
		id: r.id,
		body: r.body,
		createdAt: r.createdAt.toISOString(),
		author: r.authorId ? { id: r.authorId, name: r.authorName! } : null
	}));
}

/**
 * One answer as staff review it: everything the applicant wrote (questions in the call's order,
 * confirmations, and for partner-search calls the challenge, theme and preferences), every review,
 * the averages, the notes (newest first), the status timeline, the moves staff may make, and the
 * actor's own scores.
 */
export async function getAnswerForReview(actor: Actor, expressionId: string) {
	const executor = db();
	const { expression, call } = await expressionForReview(executor, actor, expressionId);
	const [[organisation], [applicant], [theme], { reviews, averages }, notes, timeline] = await Promise.all([
		expression.organisationId
			? executor
					.select({
						id: organisations.id,
						slug: organisations.slug,
						name: organisations.name,
						kind: organisations.kind,
						countryCode: organisations.countryCode
					})
					.from(organisations)
					.where(eq(organisations.id, expression.organisationId))
			: Promise.resolve([]),
		expression.applicantUserId
			? executor
					.select({ name: users.name, email: users.email })
					.from(users)
					.where(eq(users.id, expression.applicantUserId))
			: Promise.resolve([]),
		expression.themeId
			? executor.select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.id, expression.themeId))
			: Promise.resolve([]),
		listReviews(actor, expression.id),
		listNotes(actor, expression.id),
		statusTimeline(executor, expression.id)
	]);
	return {
		call: callSummary(call),
		expression: {
			id: expression.id,
			status: expression.status as ExpressionStatus,
			submittedAt: expression.submittedAt?.toISOString() ?? null,
			locale: expression.locale,
			organisation: organisation ?? null,
			applicant: applicant ?? null,
			answers: call.questions.map((q) => ({ question: q, answer: expression.answers[q.id]?.trim() ?? '' })),
			confirmations: call.requirements.map((r) => ({
				requirement: r,
				confirmed: expression.confirmations.includes(r.id)
			})),
			partnerSearch:
				call.kind === 'partner_search'
					? {
							challenge: expression.challenge,
							theme: theme ?? null,
							preferredCountryCodes: expression.preferredCountryCodes,
							languages: expression.languages
						}
					: null
		},
		reviews,
		averages,
		myReview: reviews.find((r) => r.reviewer.id === actor.userId) ?? null,
		scorable: isScorable(expression.status),
		allowedMoves: staffMovesFrom(expression.status),
		notes,
		timeline
	};
}

export type AnswerForReview = Awaited<ReturnType<typeof getAnswerForReview>>;

/** Each status change of an answer, oldest first, with who made it. */
async function statusTimeline(executor: Executor, expressionId: string) {
	const rows = await executor
		.select({
			id: expressionStatusChanges.id,
			from: expressionStatusChanges.fromStatus,
			to: expressionStatusChanges.toStatus,
			reason: expressionStatusChanges.reason,
			changedAt: expressionStatusChanges.changedAt,
			changedBy: users.name
		})
		.from(expressionStatusChanges)
		.leftJoin(users, eq(users.id, expressionStatusChanges.changedByUserId))
		.where(eq(expressionStatusChanges.expressionId, expressionId))
		.orderBy(asc(expressionStatusChanges.changedAt), asc(expressionStatusChanges.id));
	return rows.map((r) => ({ ...r, changedAt: r.changedAt.toISOString() }));
}
