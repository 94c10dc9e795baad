import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { db, type Executor } from '$lib/server/db/client';
import { expressionsOfInterest, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import { isSignedIn, roleIn, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { eligibilityProblem, openCallProblem } from '../calls/state';
import { extractConcepts } from '../matchmaking/concepts';
import { challengeChanged, checkChoices, publishedCall, type AnsweredCall } from './answering';
import { keepCallAnswers, missingForSubmission } from './completeness';
import { mayEditExpression } from './policy';
import { expressionInput, type ExpressionInput } from './schemas';
import { moveStatus, type ExpressionStatus } from './statuses';

type Row = typeof expressionsOfInterest.$inferSelect;
export type Target = { callId: string } | { expressionId: string };
export type Saved = { id: string; status: ExpressionStatus; created: boolean; submitted: boolean };

/**
 * Creates or updates an organisation's one answer to a call, as a draft. Only a coordinator of the
 * organisation starts one (a member gets 403, an organisation of someone else is refused on
 * `organisationId`); without `organisationId` the one organisation the person coordinates is used.
 * The call must be published (else 404) and open, the organisation eligible (`organisationId`), the
 * theme known and the preferred countries among the programme's cooperation countries. Answers to
 * questions and confirmations of requirements the call does not have are dropped. An answer already
 * submitted is not changed here (409). Challenge areas must be the programme's (`challengeAreas`). A
 * changed challenge clears the concepts recognised in it (matchmaking reads it again). Records
 * `expression.created` or `expression.updated`.
 */
export async function saveDraft(actor: Actor, callId: string, input: ExpressionInput): Promise<Saved> {
	return saveAnswer(actor, { callId }, input, { submit: false });
}

/**
 * Changes a draft by its id: the fields sent replace the stored ones, the others stay. For its
 * applicant and the organisation's coordinators (others 404); same rules as saveDraft.
 */
export async function updateExpression(actor: Actor, expressionId: string, input: Partial<ExpressionInput>) {
	return saveAnswer(actor, { expressionId }, input, { submit: false });
}

/** Saves (see saveDraft) and, with `submit`, checks completeness and submits in the same transaction. */
export async function saveAnswer(
	actor: Actor,
	target: Target,
	input: unknown,
	{ submit }: { submit: boolean }
): Promise<Saved> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
	return db().transaction(async (tx) => {
		const { call, organisationId, existing } =
			'expressionId' in target
				? await ownExpression(tx, actor, target.expressionId)
				: await answeringOrganisation(tx, actor, target.callId, raw);
		const given = existing ? { ...storedInput(existing), ...definedOnly(raw) } : raw;
		const data = parseInput(expressionInput, given);
		if (existing && existing.status !== 'draft')
			throw new AppError('conflict', m.expressions_error_already_submitted());
		const closed = openCallProblem(call);
		if (closed) throw new AppError('conflict', existing ? m.expressions_error_draft_closed() : closed);
		await checkEligible(tx, call, organisationId);
		const values = {
			...keepCallAnswers(call, data),
			challenge: data.challenge,
			chosenConcepts: data.challengeAreas,
			themeId: data.themeId ?? null,
			...(await checkChoices(tx, call, data))
		};
		if (submit) {
			const recognised = await extractConcepts(tx, values.challenge);
			const missing = missingForSubmission(call, { ...values, recognised });
			if (Object.keys(missing).length > 0) throw AppError.invalid(missing);
		}
		const reread =
			existing && !challengeChanged(existing.challenge, values.challenge)
				? {}
				: { concepts: [], conceptsVersion: null };
		let saved: Row;
		if (existing) {
			[saved] = (await tx
				.update(expressionsOfInterest)
				.set({ ...values, ...reread, ...(submit ? { locale: getLocale() } : {}), updatedAt: new Date() })
				.where(eq(expressionsOfInterest.id, existing.id))
				.returning()) as [Row];
		} else {
			const [created] = await tx
				.insert(expressionsOfInterest)
				.values({
					...values,
					...reread,
					callId: call.id,
					organisationId,
					applicantUserId: actor.userId,
					locale: getLocale()
				})
				.onConflictDoNothing()
				.returning();
			// Another coordinator of the organisation started one at the same moment.
			if (!created) throw new AppError('conflict', m.expressions_error_already_answered());
			saved = created;
		}
		await recordAudit(tx, actor, {
			action: existing ? 'expression.updated' : 'expression.created',
			subjectType: 'expression',
			subjectId: saved.id,
			organisationIds: [organisationId],
			before: existing ? auditView(existing) : undefined,
			after: auditView(saved)
		});
		if (submit) await moveStatus(tx, actor, { ...saved, status: 'draft' }, 'submitted', { by: 'applicant' });
		return { id: saved.id, status: submit ? 'submitted' : saved.status, created: !existing, submitted: submit };
	});
}

/** An expression its applicant or a coordinator of its organisation may change, locked; else 404. */
async function ownExpression(tx: Executor, actor: Actor, expressionId: string) {
	if (!isUuid(expressionId)) throw AppError.notFound();
	const [existing] = await tx
		.select()
		.from(expressionsOfInterest)
		.where(eq(expressionsOfInterest.id, expressionId))
		.for('update');
	if (!existing || !existing.organisationId || !mayEditExpression(actor, existing)) throw AppError.notFound();
	return { call: await publishedCall(tx, { id: existing.callId }), organisationId: existing.organisationId, existing };
}

async function answeringOrganisation(tx: Executor, actor: Actor, callId: string, raw: Record<string, unknown>) {
	const call = await publishedCall(tx, { id: callId });
	const { organisationId: chosen } = parseInput(expressionInput.pick({ organisationId: true }), raw);
	const coordinated = actor.memberships.filter((m) => m.role === 'coordinator');
	const organisationId = chosen ?? (coordinated.length === 1 ? coordinated[0]!.organisationId : undefined);
	if (!organisationId) throw AppError.invalid({ organisationId: m.expressions_error_choose_organisation() });
	const role = roleIn(actor, organisationId);
	if (!role) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
	if (role !== 'coordinator') throw new AppError('forbidden', m.expressions_error_not_coordinator());
	const [existing] = await tx
		.select()
		.from(expressionsOfInterest)
		.where(and(eq(expressionsOfInterest.callId, call.id), eq(expressionsOfInterest.organisationId, organisationId)))
		.for('update');
	return { call, organisationId, existing };
}

async function checkEligible(tx: Executor, call: AnsweredCall, organisationId: string) {
	const [organisation] = await tx
		.select({ countryCode: organisations.countryCode, kind: organisations.kind })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	if (!organisation) throw AppError.notFound();
	const problem = eligibilityProblem(call, organisation);
	if (problem) throw AppError.invalid({ organisationId: problem });
}

function storedInput(row: Row): Record<string, unknown> {
	return {
		answers: row.answers,
		confirmations: row.confirmations,
		challenge: row.challenge,
		challengeAreas: row.chosenConcepts,
		themeId: row.themeId ?? undefined,
		preferredCountryCodes: row.preferredCountryCodes,
		languages: row.languages
	};
}

function definedOnly(raw: Record<string, unknown>): Record<string, unknown> {
	const { organisationId: _, ...rest } = raw;
	return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

/** What the audit log keeps of an answer: its content, not the registration's password hash. */
export function auditView(row: Row) {
	const { registration: _r, verificationTokenHash: _t, concepts: _c, ...rest } = row;
	return rest;
}
