import type { Executor } from '$lib/server/db/client';
import { auditEvents } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';

export type AuditSubject =
	| 'organisation'
	| 'network'
	| 'partnership'
	| 'partnership_result'
	| 'result_indicator'
	| 'indicator_period'
	| 'programme'
	| 'theme'
	| 'network_expert'
	| 'invitation'
	| 'api_token'
	| 'call'
	| 'expression'
	| 'expression_review'
	| 'expression_note'
	| 'partner_profile'
	| 'match'
	| 'person';

/**
 * Every action the use cases record. A new one goes here first: the history and the audit log name
 * each in the reader's language (labels.ts; fields.test.ts checks all three languages).
 */
export const auditActions = [
	'api_token.created',
	'api_token.revoked',
	'call.created',
	'call.published',
	'call.unpublished',
	'call.updated',
	'expression.created',
	'expression.status_changed',
	'expression.updated',
	'expression_note.added',
	'expression_review.saved',
	'indicator_period.created',
	'indicator_period.removed',
	'indicator_period.updated',
	'invitation.accepted',
	'invitation.created',
	'invitation.resent',
	'invitation.revoked',
	'match.accepted',
	'network.created',
	'network.updated',
	'network_expert.added',
	'network_expert.removed',
	'organisation.created',
	'organisation.updated',
	'partner_profile.created',
	'partner_profile.published',
	'partner_profile.updated',
	'partner_profile.withdrawn',
	'partnership.created',
	'partnership.executor_added',
	'partnership.executor_removed',
	'partnership.executor_updated',
	'partnership.party_added',
	'partnership.party_removed',
	'partnership.phase_changed',
	'partnership.plan_updated',
	'partnership.project_member_added',
	'partnership.project_member_removed',
	'partnership.project_member_updated',
	'partnership.published',
	'partnership.steering_member_added',
	'partnership.steering_member_removed',
	'partnership.steering_member_updated',
	'partnership.unpublished',
	'partnership.updated',
	'partnership_result.created',
	'partnership_result.removed',
	'partnership_result.updated',
	'person.erased',
	'programme.updated',
	'result_indicator.created',
	'result_indicator.removed',
	'result_indicator.updated',
	'theme.created',
	'theme.updated'
] as const satisfies readonly `${AuditSubject}.${string}`[];

export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
	/** What happened, "<subject>.<verb>": organisation.created, partnership.phase_changed, … */
	action: AuditAction;
	subjectType: AuditSubject;
	subjectId: string;
	/** The partnership whose history this belongs to, if any. */
	partnershipId?: string;
	/** The organisations concerned (the organisation itself, a partnership's parties), for filtering. */
	organisationIds?: string[];
	before?: unknown;
	after?: unknown;
	reason?: string;
};

/**
 * Writes one audit event. Call it inside the use case's transaction, so that the change and its record
 * are kept or lost together. The actor's user id is null for the system (seed, imports).
 * A change whose record before and after are the same (an empty PATCH, a form sent again unchanged)
 * records nothing: the history lists what happened, not what was merely sent.
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
	if (changesNothing(entry)) return;
	await tx.insert(auditEvents).values({
		actorUserId: actor.userId,
		action: entry.action,
		subjectType: entry.subjectType,
		subjectId: entry.subjectId,
		partnershipId: entry.partnershipId ?? null,
		organisationIds: entry.organisationIds ?? [],
		before: entry.before ?? null,
		after: entry.after ?? null,
		reason: entry.reason ?? null
	});
}

/** Kept by the database on every write, so it differs even when nothing else did. */
const touchedOnEveryWrite = new Set(['updatedAt']);

/**
 * True for a change (both before and after given) whose records are equal, once the timestamp every
 * write touches is left out. Identifiers count: moving a record to another network is a change.
 */
export function changesNothing(entry: Pick<AuditEntry, 'before' | 'after'>): boolean {
	if (entry.before === undefined || entry.after === undefined) return false;
	return JSON.stringify(canonical(entry.before, true)) === JSON.stringify(canonical(entry.after, true));
}

/** Instants by time, objects by content whatever order their keys are in, a missing key as undefined. */
function canonical(value: unknown, top = false): unknown {
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map((item) => canonical(item));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key, v]) => v !== undefined && !(top && touchedOnEveryWrite.has(key)))
				.sort(([x], [y]) => x.localeCompare(y))
				.map(([key, v]) => [key, canonical(v)])
		);
	return value;
}
