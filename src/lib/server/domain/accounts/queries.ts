import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { memberships, organisations, users } from '$lib/server/db/schema';
import type { Membership } from './actor';

export async function membershipsOf(userId: string): Promise<Membership[]> {
	return db()
		.select({ organisationId: memberships.organisationId, role: memberships.role })
		.from(memberships)
		.where(eq(memberships.userId, userId));
}

/** The organisations a person belongs to, with their role in each. */
export async function organisationsOf(userId: string) {
	return db()
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}

/** The orders the staff list of people allows. */
const personOrders = { name: users.name, email: users.email, joined: users.createdAt } as const;
export type PersonSort = keyof typeof personOrders;

/** People and their memberships, for staff, by name (or another allowed order). */
export async function listPeople({
	page,
	limit,
	sort = 'name',
	dir = 'asc'
}: {
	page: number;
	limit: number;
	sort?: PersonSort;
	dir?: 'asc' | 'desc';
}) {
	const [rows, [total]] = await Promise.all([
		db()
			.select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
			.from(users)
			.orderBy((dir === 'asc' ? asc : desc)(personOrders[sort]), asc(users.id)) // the id keeps pages stable
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(users)
	]);
	const ids = rows.map((r) => r.id);
	const links = ids.length
		? await db()
				.select({
					userId: memberships.userId,
					role: memberships.role,
					organisation: organisations.name,
					slug: organisations.slug
				})
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(inArray(memberships.userId, ids))
		: [];
	return {
		items: rows.map((r) => ({ ...r, memberships: links.filter((l) => l.userId === r.id) })),
		total: total?.n ?? 0,
		page,
		limit
	};
}
