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
	| 'match';

export type AuditEntry = {
	/** What happened, "<subject>.<verb>": organisation.created, partnership.phase_changed, … */
	action: `${AuditSubject}.${string}`;
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
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
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
