import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { db, type Executor } from '$lib/server/db/client';
import {
	accounts,
	apiTokens,
	erasedPeople,
	expressionsOfInterest,
	invitations,
	memberships,
	networkExperts,
	projectGroupMembers,
	sessions,
	steeringGroupMembers,
	users
} from '$lib/server/db/schema';

// Which rows are about one person: linked to their account, or naming their e-mail address.

export const sameEmail = (column: Parameters<typeof sql>[1], email: string) =>
	sql`lower(${column}) = ${email.trim().toLowerCase()}`;

export function steeringRowsOf(userId: string, email: string) {
	return or(eq(steeringGroupMembers.userId, userId), sameEmail(steeringGroupMembers.email, email))!;
}

export function projectRowsOf(userId: string, email: string) {
	return or(eq(projectGroupMembers.userId, userId), sameEmail(projectGroupMembers.email, email))!;
}

export const expertRowsOf = (email: string) => sameEmail(networkExperts.email, email);

export const registrationsOf = (email: string) =>
	sql`lower(${expressionsOfInterest.registration}->>'email') = ${email.trim().toLowerCase()}`;

export const invitationsOf = (email: string) => sameEmail(invitations.email, email);

/** How many rows of each kind an erasure of this person removes or anonymises (for the confirmation). */
export async function erasureCounts(tx: Executor, userId: string, email: string) {
	const count = sql<number>`count(*)::int`;
	const one = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
	const [account, sessionCount, tokenCount, membershipCount, steering, project, experts, registrations, invited] =
		await Promise.all([
			one(tx.select({ n: count }).from(accounts).where(eq(accounts.userId, userId))),
			one(tx.select({ n: count }).from(sessions).where(eq(sessions.userId, userId))),
			one(tx.select({ n: count }).from(apiTokens).where(eq(apiTokens.userId, userId))),
			one(tx.select({ n: count }).from(memberships).where(eq(memberships.userId, userId))),
			one(tx.select({ n: count }).from(steeringGroupMembers).where(steeringRowsOf(userId, email))),
			one(tx.select({ n: count }).from(projectGroupMembers).where(projectRowsOf(userId, email))),
			one(tx.select({ n: count }).from(networkExperts).where(expertRowsOf(email))),
			one(tx.select({ n: count }).from(expressionsOfInterest).where(registrationsOf(email))),
			one(tx.select({ n: count }).from(invitations).where(invitationsOf(email)))
		]);
	return {
		passwords: account,
		sessions: sessionCount,
		tokens: tokenCount,
		memberships: membershipCount,
		groupSeats: steering + project,
		expertRows: experts,
		pendingAnswers: registrations,
		invitations: invited
	};
}
export type ErasureCounts = Awaited<ReturnType<typeof erasureCounts>>;

/** A person staff may consider erasing, with whether they are erased already; null when unknown. */
export async function personForErasure(tx: Executor, userId: string) {
	const [person] = await tx
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			erasedAt: erasedPeople.erasedAt
		})
		.from(users)
		.leftJoin(erasedPeople, eq(erasedPeople.userId, users.id))
		.where(eq(users.id, userId));
	return person ?? null;
}

/** Staff accounts other than `userId` that are not erased, locked so two erasures cannot race past the last one. */
export async function otherStaff(tx: Executor, userId: string): Promise<number> {
	const rows = await tx
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.role, 'staff'), ne(users.id, userId)))
		.for('update');
	return rows.length;
}

/** Which of these accounts were erased (their rows stay, renamed): staff lists show them as such. */
export async function erasedAmong(userIds: string[]): Promise<Set<string>> {
	if (userIds.length === 0) return new Set();
	const rows = await db()
		.select({ userId: erasedPeople.userId })
		.from(erasedPeople)
		.where(inArray(erasedPeople.userId, userIds));
	return new Set(rows.map((r) => r.userId));
}
