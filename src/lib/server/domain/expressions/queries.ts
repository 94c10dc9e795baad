import { and, asc, count, desc, eq, inArray, isNotNull, ne, or, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import {
	calls,
	expressionStatusChanges,
	expressionsOfInterest,
	memberships,
	organisations,
	programmeCountries,
	themes,
	users
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { callState, eligibilityProblem } from '../calls/state';
import { hashInvitationToken, looksLikeToken } from '../invitations/tokens';
import { mayEditExpression, maySeeExpression } from './policy';
import { sameOrganisation } from './register-and-answer';
import { currentConcepts } from '../matchmaking/concepts';
import { canMove } from './statuses';

const summary = {
	id: expressionsOfInterest.id,
	status: expressionsOfInterest.status,
	submittedAt: expressionsOfInterest.submittedAt,
	updatedAt: expressionsOfInterest.updatedAt,
	callId: calls.id,
	callSlug: calls.slug,
	callTitle: calls.title,
	callKind: calls.kind,
	organisationId: organisations.id,
	organisationName: organisations.name
};

/** Answers the actor applied with, or that an organisation they coordinate gave. */
function ownedBy(actor: Actor): SQL {
	const coordinated = actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.organisationId);
	const mine = eq(expressionsOfInterest.applicantUserId, actor.userId ?? '');
	return coordinated.length > 0 ? or(mine, inArray(expressionsOfInterest.organisationId, coordinated))! : mine;
}

/**
 * "My applications": answers the actor is the applicant of or whose organisation they coordinate, newest
 * first. With `all` (staff only), every answer but others' drafts, optionally of one call. Waiting
 * visitor answers (no organisation yet) are left out.
 */
export async function listExpressions(
	actor: Actor,
	{ page = 1, limit = 25, callId, all = false }: { page?: number; limit?: number; callId?: string; all?: boolean } = {}
) {
	if (!actor.userId) return { items: [], total: 0, page, limit };
	if (callId !== undefined && !isUuid(callId)) return { items: [], total: 0, page, limit };
	const conditions = [isNotNull(expressionsOfInterest.organisationId)];
	// Staff's list leaves out others' drafts: they do not exist for staff.
	conditions.push(
		all && canAdministerProgramme(actor)
			? or(ne(expressionsOfInterest.status, 'draft'), ownedBy(actor))!
			: ownedBy(actor)
	);
	if (callId) conditions.push(eq(expressionsOfInterest.callId, callId));
	const where = and(...conditions);
	const [items, [total]] = await Promise.all([
		db()
			.select(summary)
			.from(expressionsOfInterest)
			.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
			.innerJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
			.where(where)
			.orderBy(desc(expressionsOfInterest.updatedAt), asc(expressionsOfInterest.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(expressionsOfInterest).where(where)
	]);
	return { items, total: total?.n ?? 0, page, limit };
}

/**
 * One answer with its call (title, questions, requirements, state), organisation, theme and status
 * timeline, for its applicant, the coordinators of its organisation and staff; 404 for anyone else.
 * For a partner search, `challengeAreas` are the areas chosen and `recognisedAreas` those recognised
 * in the challenge's text.
 * Reviews and internal notes are not part of it: applicants never see them.
 */
export async function getExpression(actor: Actor, id: string, now: Date = new Date()) {
	if (!isUuid(id)) throw AppError.notFound();
	const [row] = await db()
		.select({
			expression: expressionsOfInterest,
			call: {
				id: calls.id,
				slug: calls.slug,
				kind: calls.kind,
				title: calls.title,
				questions: calls.questions,
				requirements: calls.requirements,
				opensAt: calls.opensAt,
				closesAt: calls.closesAt,
				programmeId: calls.programmeId
			},
			organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
			theme: { id: themes.id, slug: themes.slug, name: themes.name }
		})
		.from(expressionsOfInterest)
		.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
		.innerJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
		.leftJoin(themes, eq(themes.id, expressionsOfInterest.themeId))
		.where(eq(expressionsOfInterest.id, id));
	if (!row || !maySeeExpression(actor, row.expression)) throw AppError.notFound();
	const timeline = await db()
		.select({
			fromStatus: expressionStatusChanges.fromStatus,
			toStatus: expressionStatusChanges.toStatus,
			reason: expressionStatusChanges.reason,
			changedAt: expressionStatusChanges.changedAt,
			changedBy: users.name
		})
		.from(expressionStatusChanges)
		.leftJoin(users, eq(users.id, expressionStatusChanges.changedByUserId))
		.where(eq(expressionStatusChanges.expressionId, id))
		.orderBy(asc(expressionStatusChanges.changedAt));
	const { registration: _r, verificationTokenHash: _t, verificationExpiresAt: _e, ...expression } = row.expression;
	const state = callState(row.call, now);
	const mine = mayEditExpression(actor, row.expression);
	return {
		...expression,
		challengeAreas: expression.chosenConcepts,
		recognisedAreas: row.call.kind === 'partner_search' ? await currentConcepts(db(), expression) : [],
		call: { ...row.call, state },
		organisation: row.organisation,
		theme: row.theme,
		timeline,
		mayEdit: mine && expression.status === 'draft' && state === 'open',
		mayWithdraw: mine && canMove('applicant', expression.status, 'withdrawn')
	};
}

export type ExpressionDetail = Awaited<ReturnType<typeof getExpression>>;

/** The programme's cooperation countries, sorted by code: what an answer may prefer. */
export async function cooperationCountries(programmeId: string): Promise<string[]> {
	const rows = await db()
		.select({ code: programmeCountries.countryCode })
		.from(programmeCountries)
		.where(eq(programmeCountries.programmeId, programmeId));
	return rows.map((c) => c.code).sort();
}

/**
 * The organisations the actor coordinates, each with why it may not answer the call (or null) and the
 * answer it already has to it (id and status), for the answer page's choice.
 */
export async function organisationsForAnswering(
	actor: Actor,
	call: { id: string; eligibleCountryCodes: readonly string[]; eligibleOrganisationKinds: readonly string[] }
) {
	if (!actor.userId) return [];
	const rows = await db()
		.select({
			id: organisations.id,
			name: organisations.name,
			countryCode: organisations.countryCode,
			kind: organisations.kind,
			role: memberships.role,
			expressionId: expressionsOfInterest.id,
			status: expressionsOfInterest.status
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(
			expressionsOfInterest,
			and(eq(expressionsOfInterest.organisationId, organisations.id), eq(expressionsOfInterest.callId, call.id))
		)
		.where(eq(memberships.userId, actor.userId))
		.orderBy(asc(organisations.name));
	return rows.map((row) => ({
		...row,
		problem: eligibilityProblem(call, row)
	}));
}

/** An organisation with the same name and country as a visitor's, to offer instead of a duplicate. */
export async function findSameOrganisation(name: string, countryCode: string) {
	return sameOrganisation(db(), name, countryCode.trim().toUpperCase());
}

/**
 * Whether an e-mail verification link can still be used, without using it: 'pending', 'expired' or
 * 'invalid' (unknown, or used already), and the address it is for while pending.
 */
export async function verificationStatus(token: string, now: Date = new Date()) {
	if (!looksLikeToken(token)) return { status: 'invalid' as const, email: null };
	const [row] = await db()
		.select({
			registration: expressionsOfInterest.registration,
			expiresAt: expressionsOfInterest.verificationExpiresAt
		})
		.from(expressionsOfInterest)
		.where(eq(expressionsOfInterest.verificationTokenHash, hashInvitationToken(token)));
	if (!row?.registration) return { status: 'invalid' as const, email: null };
	if (!row.expiresAt || row.expiresAt <= now) return { status: 'expired' as const, email: null };
	return { status: 'pending' as const, email: row.registration.email };
}
