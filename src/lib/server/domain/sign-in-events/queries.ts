import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { signInEvents, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { nextDay, startOfDay } from '$lib/time';
import type { Actor } from '../accounts/actor';
import { emailHash } from './client';
import { signInSearchQuery } from './schemas';

type Page = { page: number; limit: number };

const columns = {
	id: signInEvents.id,
	kind: signInEvents.kind,
	detail: signInEvents.detail,
	ipAddress: signInEvents.ipAddress,
	device: signInEvents.device,
	createdAt: signInEvents.createdAt
};

/** The signed-in person's own sign-in events, newest first, a page at a time. */
export async function mySignInEvents(actor: Actor, { page, limit }: Page) {
	if (!actor.userId) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const where = eq(signInEvents.userId, actor.userId);
	const [items, [total]] = await Promise.all([
		db()
			.select(columns)
			.from(signInEvents)
			.where(where)
			.orderBy(desc(signInEvents.createdAt), desc(signInEvents.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(signInEvents).where(where)
	]);
	return { items, total: total?.n ?? 0, page, limit };
}

/**
 * Staff's search of everyone's sign-in events. `who` matches part of a name or e-mail of an account,
 * or, typed whole, an address without an account (failed sign-ins keep only its hash).
 */
export async function searchSignInEvents(actor: Actor, input: Record<string, unknown>, { page, limit }: Page) {
	if (!actor.isStaff) throw AppError.notFound();
	const filters = parseInput(signInSearchQuery, input);
	const who = filters.who ? `%${filters.who.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
	const where = and(
		who && filters.who
			? or(ilike(users.email, who), ilike(users.name, who), eq(signInEvents.emailHash, emailHash(filters.who)))
			: undefined,
		filters.kind ? eq(signInEvents.kind, filters.kind) : undefined,
		filters.from ? gte(signInEvents.createdAt, startOfDay(filters.from)) : undefined,
		filters.to ? lt(signInEvents.createdAt, startOfDay(nextDay(filters.to))) : undefined
	) as SQL | undefined;
	const [items, [total]] = await Promise.all([
		db()
			.select({ ...columns, userId: signInEvents.userId, name: users.name, email: users.email })
			.from(signInEvents)
			.leftJoin(users, eq(users.id, signInEvents.userId))
			.where(where)
			.orderBy(desc(signInEvents.createdAt), desc(signInEvents.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(signInEvents).leftJoin(users, eq(users.id, signInEvents.userId)).where(where)
	]);
	return { items, total: total?.n ?? 0, page, limit };
}
