import { desc, eq, lt, or } from 'drizzle-orm';
import { db, type Executor } from '$lib/server/db/client';
import { signInEvents } from '$lib/server/db/schema';
import { emailHash } from '../sign-in-events/client';

// Sign-in events belong to domain/sign-in-events; privacy reads, erases and expires them. A person's
// events are those of their account, and failed sign-ins that typed their address (kept as a hash).

const of = (userId: string, email: string) =>
	or(eq(signInEvents.userId, userId), eq(signInEvents.emailHash, emailHash(email)))!;

/** Deletes a person's sign-in events; returns how many. */
export async function eraseSignInEvents(tx: Executor, userId: string, email: string): Promise<number> {
	return (await tx.delete(signInEvents).where(of(userId, email)).returning({ id: signInEvents.id })).length;
}

/** A person's sign-in events, newest first, for their export (hashes left out). */
export function signInEventsOf(userId: string, email: string) {
	return db()
		.select({
			createdAt: signInEvents.createdAt,
			kind: signInEvents.kind,
			detail: signInEvents.detail,
			ipAddress: signInEvents.ipAddress,
			userAgent: signInEvents.userAgent,
			device: signInEvents.device
		})
		.from(signInEvents)
		.where(of(userId, email))
		.orderBy(desc(signInEvents.createdAt));
}

/** Deletes sign-in events older than `cutoff`; returns how many. */
export async function expireSignInEvents(tx: Executor, cutoff: Date): Promise<number> {
	return (await tx.delete(signInEvents).where(lt(signInEvents.createdAt, cutoff)).returning({ id: signInEvents.id }))
		.length;
}
