import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db/client';
import { rateLimits } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';

/**
 * Rate limits shared by every server process: one fixed-window counter per key in `rate_limits`.
 *
 * How to use it, in a use case (the route passes the client's address, e.g. `event.getClientAddress()`):
 *
 *     const limits = [
 *       { key: limitKey('newsletter', 'address', request.address), max: 20, seconds: 3600 },
 *       { key: limitKey('newsletter', 'email', data.email), max: 3, seconds: 3600 }
 *     ];
 *     const taken = await takeOrRefuse(limits); // throws AppError 'rate_limited' (429, Retry-After)
 *     …do the work…; if it should not count after all (e.g. a right password): await taken.giveBack();
 *
 * Limit per address AND per e-mail (or per account) for anything that works without an account. Call it
 * after the input is validated and before any costly or visible work (a mail, a password check). Forms show
 * the error through `failWith` (429 and the message as `_form`, keeping what was typed); the API through
 * `apiError` (429 with Retry-After in its error envelope).
 *
 * Each hit is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so concurrent requests are counted one by
 * one (the row lock orders them): 40 requests at once against a limit of 5 let exactly 5 through.
 */

export type Limit = { key: string; max: number; seconds: number };

export type Taken = { giveBack: () => Promise<void> };

/** Tries of mailed one-time links per address: far more than a person needs, far too few to guess one. */
export const MAILED_LINK_LIMIT = { max: 20, seconds: 15 * 60 };

/** A key that keeps no personal data in clear: the scope, the kind, and a hash of the value. */
export function limitKey(scope: string, kind: string, value: string): string {
	const hash = createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 40);
	return `${scope}:${kind}:${hash}`;
}

/**
 * Counts one hit on every limit, in order. When one is over its maximum, the hits already counted are
 * given back (a refused request uses nothing up, so hammering a narrow limit cannot fill a broader one)
 * and the answer is the seconds until that window ends. Otherwise the hits stay counted until `giveBack`.
 */
export async function take(limits: Limit[]): Promise<{ ok: true; taken: Taken } | { ok: false; retryAfter: number }> {
	sweepNow();
	const counted: { key: string; windowEndsAt: Date }[] = [];
	const giveBack = () => release(counted);
	for (const limit of limits) {
		const hit = await count(limit);
		counted.push({ key: limit.key, windowEndsAt: hit.windowEndsAt });
		if (hit.hits > limit.max) {
			await giveBack();
			return { ok: false, retryAfter: Math.max(1, Math.ceil((hit.windowEndsAt.getTime() - Date.now()) / 1000)) };
		}
	}
	return { ok: true, taken: { giveBack } };
}

/** Like `take`, but a refusal throws AppError 'rate_limited' with a message saying when to try again. */
export async function takeOrRefuse(limits: Limit[]): Promise<Taken> {
	const result = await take(limits);
	if (!result.ok) throw rateLimited(result.retryAfter);
	return result.taken;
}

/** The 429 error: "Too many attempts. Try again in 15 minutes." in the reader's language. */
export function rateLimited(
	seconds: number,
	message: (wait: string) => string = (wait) => m.security_rate_limited({ wait })
): AppError {
	return new AppError('rate_limited', message(waitText(seconds)), {}, seconds);
}

/** A wait as the reader says it: "1 minute", "15 minuter", "45 segundos" (Intl, so plurals are right). */
export function waitText(seconds: number, locale: string = getLocale()): string {
	const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

async function count({ key, max, seconds }: Limit): Promise<{ hits: number; windowEndsAt: Date }> {
	if (!(max >= 0 && seconds > 0)) throw new Error(`rate limit ${key}: max and seconds must be positive`);
	// Whole seconds, so that giving back can find the same window by equality.
	const newWindow = sql`date_trunc('second', now()) + make_interval(secs => ${seconds})`;
	const ended = sql`${rateLimits.windowEndsAt} <= now()`;
	const [row] = await db()
		.insert(rateLimits)
		.values({ key, hits: 1, windowEndsAt: newWindow })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				hits: sql`case when ${ended} then 1 else ${rateLimits.hits} + 1 end`,
				windowEndsAt: sql`case when ${ended} then ${newWindow} else ${rateLimits.windowEndsAt} end`
			}
		})
		.returning({ hits: rateLimits.hits, windowEndsAt: rateLimits.windowEndsAt });
	return row!;
}

async function release(counted: { key: string; windowEndsAt: Date }[]): Promise<void> {
	for (const { key, windowEndsAt } of counted.splice(0))
		await db()
			.update(rateLimits)
			.set({ hits: sql`greatest(0, ${rateLimits.hits} - 1)` })
			.where(and(eq(rateLimits.key, key), eq(rateLimits.windowEndsAt, windowEndsAt)));
}

/** Forgets a key at once, e.g. an account-and-address pair after the right password. */
export async function forget(key: string): Promise<void> {
	await db().delete(rateLimits).where(eq(rateLimits.key, key));
}

// Ended windows are deleted now and then (about once per 200 hits), so the table stays the size of
// the traffic of the last hour rather than growing with every address ever seen.
const SWEEP_EVERY = 200;
let hitsSinceSweep = 0;
function sweepNow(): void {
	if (++hitsSinceSweep < SWEEP_EVERY) return;
	hitsSinceSweep = 0;
	void db()
		.delete(rateLimits)
		.where(lt(rateLimits.windowEndsAt, sql`now() - interval '1 hour'`))
		.catch(() => {});
}
