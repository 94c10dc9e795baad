import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { auditEvents, organisations, partnerships, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { m } from '$lib/paraglide/messages';
import type { Actor } from '../accounts/actor';
import { partnershipFor } from '../partnerships/access';
import { nextDay, startOfDay } from '$lib/time';
import { auditLogQuery } from './schemas';

/** A page of events; `dir: 'asc'` reads them oldest first (the log's only order is time). */
type Page = { page: number; limit: number; dir?: 'asc' | 'desc' };

const eventColumns = {
	id: auditEvents.id,
	occurredAt: auditEvents.occurredAt,
	action: auditEvents.action,
	subjectType: auditEvents.subjectType,
	before: auditEvents.before,
	after: auditEvents.after,
	reason: auditEvents.reason,
	actorUserId: auditEvents.actorUserId,
	actorName: users.name,
	partnershipId: auditEvents.partnershipId,
	partnershipSlug: partnerships.slug,
	partnershipTitle: partnerships.title
};

/** One page of events matching `where`, newest first (the id keeps pages stable within one instant). */
async function eventsPage(where: SQL | undefined, { page, limit, dir = 'desc' }: Page) {
	const order = dir === 'asc' ? asc : desc;
	const [items, [total]] = await Promise.all([
		db()
			.select(eventColumns)
			.from(auditEvents)
			.leftJoin(users, eq(users.id, auditEvents.actorUserId))
			.leftJoin(partnerships, eq(partnerships.id, auditEvents.partnershipId))
			.where(where)
			.orderBy(order(auditEvents.occurredAt), order(auditEvents.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(auditEvents).where(where)
	]);
	return { items, total: total?.n ?? 0, page, limit };
}

export type AuditEventRow = Awaited<ReturnType<typeof eventsPage>>['items'][number];

/**
 * A partnership's history: every audit event recorded for it, newest first, a page at a time. For those
 * who may read the partnership (its parties' people and staff); anyone else gets 404.
 */
export async function partnershipHistory(actor: Actor, key: string | { slug: string }, page: Page) {
	const { partnership } = await partnershipFor(db(), actor, key, 'read');
	return eventsPage(eq(auditEvents.partnershipId, partnership.id), page);
}

/**
 * The staff audit log: all events, newest first, filtered by who acted, an organisation concerned (the
 * GIN-indexed organisation_ids), the kind of record and a date range (whole days in the programme's time zone).
 * Staff only (404 for anyone else). A filter that is malformed or names nothing that exists is an
 * invalid input naming that filter.
 */
export async function auditLog(actor: Actor, input: Record<string, unknown>, page: Page) {
	if (!actor.isStaff) throw AppError.notFound();
	const filters = parseInput(auditLogQuery, input);
	const errors: Record<string, string> = {};
	if (filters.person) {
		const [found] = await db().select({ id: users.id }).from(users).where(eq(users.id, filters.person)).limit(1);
		if (!found) errors.person = m.audit_error_person();
	}
	if (filters.organisation) {
		const [found] = await db()
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.id, filters.organisation))
			.limit(1);
		if (!found) errors.organisation = m.audit_error_organisation();
	}
	if (filters.subject && !(await auditSubjectTypes()).includes(filters.subject))
		errors.subject = m.audit_error_subject();
	if (Object.keys(errors).length) throw AppError.invalid(errors);

	const conditions = [
		filters.person ? eq(auditEvents.actorUserId, filters.person) : undefined,
		filters.organisation ? arrayHas(filters.organisation) : undefined,
		filters.subject ? eq(auditEvents.subjectType, filters.subject) : undefined,
		filters.from ? gte(auditEvents.occurredAt, startOfDay(filters.from)) : undefined,
		filters.to ? lt(auditEvents.occurredAt, startOfDay(nextDay(filters.to))) : undefined
	];
	return { filters, ...(await eventsPage(and(...conditions), page)) };
}

/** `organisation_ids @> array[id]`, which the GIN index answers. */
function arrayHas(organisationId: string): SQL {
	return sql`${auditEvents.organisationIds} @> array[${organisationId}]::uuid[]`;
}

/**
 * The distinct values of an indexed column of audit_events, read as a "loose index scan": one index probe
 * per value, instead of reading every event (the log only grows).
 */
function distinctValues(column: 'subject_type' | 'actor_user_id'): SQL {
	const c = sql.identifier(column);
	return sql`(with recursive d(v) as (
		(select ${c} from audit_events where ${c} is not null order by ${c} limit 1)
		union all
		select (select ${c} from audit_events where ${c} > d.v order by ${c} limit 1) from d where d.v is not null
	) select v from d where v is not null)`;
}

/** Kinds of record the log holds, for the filter: those written so far, and those the code knows. */
export async function auditSubjectTypes(): Promise<string[]> {
	const rows = await db()
		.select({ type: sql<string>`s.v` })
		.from(sql`${distinctValues('subject_type')} as s`);
	return [...new Set([...knownSubjects, ...rows.map((r) => r.type)])].sort();
}

const knownSubjects = [
	'organisation',
	'network',
	'partnership',
	'partnership_result',
	'result_indicator',
	'indicator_period'
];

/** People who have acted in the log, by name, for the filter. */
export async function auditActors(): Promise<{ id: string; name: string; email: string }[]> {
	return db()
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.where(sql`${users.id} in ${distinctValues('actor_user_id')}`)
		.orderBy(asc(users.name), asc(users.email), asc(users.id));
}
