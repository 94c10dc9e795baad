import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { authThrottles } from '$lib/server/db/schema';

/**
 * Failed sign-ins are counted per account and per address in a 15-minute window. Past the limit the
 * key is blocked, for one minute at first and twice as long after each further failure (at most an
 * hour). Kept in the database so that every server process sees the same counts.
 */
export const throttleRules = {
	account: { limit: 5 },
	address: { limit: 30 }
} as const;

const WINDOW_MINUTES = 15;
const MAX_BLOCK_MINUTES = 60;

export type ThrottleKey = { key: string; limit: number };

export function signInKeys(email: string, address: string): ThrottleKey[] {
	const hashed = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
	return [
		{ key: `account:${hashed}`, limit: throttleRules.account.limit },
		{ key: `address:${address}`, limit: throttleRules.address.limit }
	];
}

/** Seconds until every key may try again; 0 when none is blocked. */
export async function secondsBlocked(keys: ThrottleKey[]): Promise<number> {
	const rows = await db()
		.select({ wait: sql<number>`greatest(0, ceil(extract(epoch from (${authThrottles.blockedUntil} - now()))))::int` })
		.from(authThrottles)
		.where(
			inArray(
				authThrottles.key,
				keys.map((k) => k.key)
			)
		);
	return Math.max(0, ...rows.map((r) => r.wait ?? 0));
}

export async function registerFailure(keys: ThrottleKey[]): Promise<void> {
	for (const { key, limit } of keys) {
		const stale = sql`${authThrottles.windowStartedAt} < now() - make_interval(mins => ${WINDOW_MINUTES})`;
		const failures = sql`(case when ${stale} then 1 else ${authThrottles.failures} + 1 end)`;
		await db()
			.insert(authThrottles)
			.values({ key, failures: 1 })
			.onConflictDoUpdate({
				target: authThrottles.key,
				set: {
					failures,
					windowStartedAt: sql`case when ${stale} then now() else ${authThrottles.windowStartedAt} end`,
					// Capped before the cast to int: 2^31 minutes and more would not fit and fail the insert.
					blockedUntil: sql`case when ${failures} >= ${limit}
						then now() + make_interval(mins => least(${MAX_BLOCK_MINUTES}, power(2, ${failures} - ${limit}))::int)
						else null end`
				}
			});
	}
}

export async function clearFailures(keys: ThrottleKey[]): Promise<void> {
	await db()
		.delete(authThrottles)
		.where(
			inArray(
				authThrottles.key,
				keys.map((k) => k.key)
			)
		);
}
