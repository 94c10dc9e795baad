import { and, asc, count, desc, eq, gt, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { calls, expressionStatuses, networks, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import type { ExpressionStatus } from '../expressions/statuses';
import type { CallListQuery } from './schemas';
import { callState } from './state';

// Reads of calls. Whether a call is open depends on the clock, so `state` is computed at read time
// and none of these answers may be cached beyond the request.

const summary = {
	id: calls.id,
	slug: calls.slug,
	kind: calls.kind,
	title: calls.title,
	opensAt: calls.opensAt,
	closesAt: calls.closesAt,
	publishedAt: calls.publishedAt,
	programme: { id: programmes.id, slug: programmes.slug, name: programmes.name },
	networkId: calls.networkId,
	networkSlug: networks.slug,
	networkName: networks.name
};

type SummaryRow = {
	networkId: string | null;
	networkSlug: string | null;
	networkName: Record<string, string> | null;
	opensAt: Date;
	closesAt: Date;
};

/** The row with its network as one object (or null) and its state at `now`. */
function present<R extends SummaryRow>(row: R, now: Date) {
	const { networkId, networkSlug, networkName, ...rest } = row;
	return {
		...rest,
		network: networkId && networkSlug ? { id: networkId, slug: networkSlug, name: networkName ?? {} } : null,
		state: callState(row, now)
	};
}

const byKey = (idOrSlug: string): SQL =>
	isUuid(idOrSlug) ? or(eq(calls.id, idOrSlug), eq(calls.slug, idOrSlug))! : eq(calls.slug, idOrSlug);

/**
 * Published calls, a page at a time: those still to come or open first, the soonest closing first,
 * then the closed ones, the latest closed first (each marked by `state`). Optionally of one kind.
 */
export async function listPublishedCalls(query: CallListQuery, now: Date = new Date()) {
	const where = and(isNotNull(calls.publishedAt), query.kind ? eq(calls.kind, query.kind) : undefined);
	// lte() passes `now` through the column's own encoding, which every driver accepts.
	const closed = lte(calls.closesAt, now);
	const [rows, [total]] = await Promise.all([
		db()
			.select({ ...summary, body: calls.body })
			.from(calls)
			.innerJoin(programmes, eq(programmes.id, calls.programmeId))
			.leftJoin(networks, eq(networks.id, calls.networkId))
			.where(where)
			.orderBy(
				sql`${closed} asc`,
				sql`case when ${closed} then null else ${calls.closesAt} end asc`,
				desc(calls.closesAt),
				calls.slug
			)
			.limit(query.limit)
			.offset((query.page - 1) * query.limit),
		db().select({ n: count() }).from(calls).where(where)
	]);
	return {
		items: rows.map((row) => present(row, now)),
		total: total?.n ?? 0,
		page: query.page,
		limit: query.limit
	};
}

/**
 * Published calls that take answers now (and, with `upcoming`, those still to open), optionally of one
 * network: what the home page and a network's page point visitors to. Open ones first, the soonest
 * closing first. Closed calls are left out.
 */
export async function currentCalls(
	{ networkId, upcoming = false, limit }: { networkId?: string; upcoming?: boolean; limit: number },
	now: Date = new Date()
) {
	const opened = lte(calls.opensAt, now);
	const rows = await db()
		.select({
			slug: calls.slug,
			kind: calls.kind,
			title: calls.title,
			opensAt: calls.opensAt,
			closesAt: calls.closesAt
		})
		.from(calls)
		.where(
			and(
				isNotNull(calls.publishedAt),
				gt(calls.closesAt, now),
				upcoming ? undefined : opened,
				networkId ? eq(calls.networkId, networkId) : undefined
			)
		)
		.orderBy(sql`${opened} desc`, asc(calls.closesAt), asc(calls.slug))
		.limit(limit);
	return rows.map((row) => ({ ...row, state: callState(row, now) }));
}

const detail = {
	...summary,
	body: calls.body,
	eligibleCountryCodes: calls.eligibleCountryCodes,
	eligibleOrganisationKinds: calls.eligibleOrganisationKinds,
	requirements: calls.requirements,
	questions: calls.questions,
	criteria: calls.criteria
};

/**
 * One call by id or slug with everything an applicant reads: published calls for everyone, any call
 * for staff; otherwise 404.
 */
export async function getCall(actor: Actor, idOrSlug: string, now: Date = new Date()) {
	const staff = canAdministerProgramme(actor);
	const [row] = await db()
		.select(detail)
		.from(calls)
		.innerJoin(programmes, eq(programmes.id, calls.programmeId))
		.leftJoin(networks, eq(networks.id, calls.networkId))
		.where(and(byKey(idOrSlug), staff ? undefined : isNotNull(calls.publishedAt)))
		.limit(1);
	if (!row) throw AppError.notFound();
	return present(row, now);
}

/** A published call by slug for its public page; 404 for an unpublished or unknown one. */
export function getPublishedCall(slug: string, now: Date = new Date()) {
	return getCall({ userId: null, isStaff: false, memberships: [] }, slug, now);
}

/**
 * What answering a call needs (expressions of interest): a published call by id or slug, whatever its
 * state (the caller checks openCallProblem); AppError not_found otherwise.
 */
export async function getCallForAnswering(idOrSlug: string) {
	const [call] = await db()
		.select({
			id: calls.id,
			slug: calls.slug,
			kind: calls.kind,
			title: calls.title,
			body: calls.body,
			programmeId: calls.programmeId,
			networkId: calls.networkId,
			opensAt: calls.opensAt,
			closesAt: calls.closesAt,
			eligibleCountryCodes: calls.eligibleCountryCodes,
			eligibleOrganisationKinds: calls.eligibleOrganisationKinds,
			requirements: calls.requirements,
			questions: calls.questions,
			criteria: calls.criteria,
			publishedAt: calls.publishedAt
		})
		.from(calls)
		.where(and(byKey(idOrSlug), isNotNull(calls.publishedAt)))
		.limit(1);
	if (!call) throw AppError.notFound();
	return call;
}

export type AnswerCounts = Record<ExpressionStatus, number> & { total: number };

const answerCounts = sql<Record<string, number> | null>`(select jsonb_object_agg(s.status, s.n) from (
	select e.status, count(*)::int as n from expressions_of_interest e where e.call_id = ${calls.id} group by e.status) s)`;
const profileCount = sql<number>`(select count(*)::int from partner_profiles p where p.call_id = ${calls.id})`;

function counted(raw: Record<string, number> | null): AnswerCounts {
	const counts = Object.fromEntries(expressionStatuses.map((s) => [s, raw?.[s] ?? 0])) as Record<
		ExpressionStatus,
		number
	>;
	return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** The orders the staff list of calls allows. */
const staffCallOrders = { opens: calls.opensAt, closes: calls.closesAt, kind: calls.kind } as const;
export type StaffCallSort = keyof typeof staffCallOrders;

/**
 * Every call for staff, published or not, newest opening first (or by `sort`), a page at a time, with the number of
 * answers per status and of partner-seeking profiles. Others get 404.
 */
export async function listCallsForStaff(
	actor: Actor,
	{
		page,
		limit,
		sort = 'opens',
		dir = 'desc'
	}: { page: number; limit: number; sort?: StaffCallSort; dir?: 'asc' | 'desc' },
	now = new Date()
) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const [rows, [total]] = await Promise.all([
		db()
			.select({ ...summary, answerCounts, profileCount })
			.from(calls)
			.innerJoin(programmes, eq(programmes.id, calls.programmeId))
			.leftJoin(networks, eq(networks.id, calls.networkId))
			.orderBy((dir === 'asc' ? asc : desc)(staffCallOrders[sort]), calls.slug)
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(calls)
	]);
	return {
		items: rows.map(({ answerCounts: raw, ...row }) => ({ ...present(row, now), answers: counted(raw) })),
		total: total?.n ?? 0,
		page,
		limit
	};
}

/** One call by id for staff to edit, with its counts; 404 for others and unknown ids. */
export async function getCallForStaff(actor: Actor, id: string, now = new Date()) {
	if (!canAdministerProgramme(actor) || !isUuid(id)) throw AppError.notFound();
	const [row] = await db()
		.select({ ...detail, updatedAt: calls.updatedAt, answerCounts, profileCount })
		.from(calls)
		.innerJoin(programmes, eq(programmes.id, calls.programmeId))
		.leftJoin(networks, eq(networks.id, calls.networkId))
		.where(eq(calls.id, id))
		.limit(1);
	if (!row) throw AppError.notFound();
	const { answerCounts: raw, ...rest } = row;
	return { ...present(rest, now), answers: counted(raw) };
}
