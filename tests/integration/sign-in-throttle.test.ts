import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auth } from '$lib/server/auth';
import { db } from '$lib/server/db/client';
import { rateLimits } from '$lib/server/db/schema';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { signInLimits, throttleRules } from '$lib/server/domain/accounts/throttle';
import { take } from '$lib/server/domain/security/rate-limit';
import { AppError } from '$lib/server/errors';
import { makeUser, TEST_PASSWORD } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

let addressCounter = 0;
const newAddress = () => `203.0.113.${++addressCounter}`;
const from = (address: string) => ({ address, headers: new Headers() });

/** Counts the passwords better-auth really checks: a throttle that only looks at the answer is not enough. */
function countPasswordChecks() {
	return vi.spyOn(auth().api, 'signInEmail');
}

afterEach(() => {
	vi.restoreAllMocks();
});

async function outcomes(attempts: Promise<unknown>[]): Promise<string[]> {
	const settled = await Promise.allSettled(attempts);
	return settled.map((s) => (s.status === 'fulfilled' ? 'ok' : s.reason instanceof AppError ? s.reason.code : 'crash'));
}

describe('the sign-in throttle under parallel guessing', () => {
	it('checks 5 passwords of 40 sent at once for one account, and still lets the owner in from elsewhere', async () => {
		const user = await makeUser();
		const guesser = newAddress();
		const checks = countPasswordChecks();
		const codes = await outcomes(
			Array.from({ length: 40 }, (_, i) => signIn({ email: user.email, password: `guess-${i}` }, from(guesser)))
		);
		expect(checks).toHaveBeenCalledTimes(throttleRules.pair.max);
		expect(codes.filter((c) => c === 'unauthenticated')).toHaveLength(5);
		expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(35);

		// The guesser may not try the right password either, but the owner, from their own address, may.
		const refused = await signIn({ email: user.email, password: TEST_PASSWORD }, from(guesser)).catch((e) => e);
		expect(refused).toBeInstanceOf(AppError);
		expect(refused.code).toBe('rate_limited');
		expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
		await signIn({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
	});

	it('checks 30 passwords of 60 from one address, over many accounts, however fast they come', async () => {
		const guesser = newAddress();
		// The first 25 guesses (here counted without checking, to keep the test quick) went before.
		const [, byAddress] = signInLimits('someone@example.org', guesser);
		for (let i = 0; i < throttleRules.address.max - 5; i++) await take([byAddress!]);
		const checks = countPasswordChecks();
		const codes = await outcomes(
			Array.from({ length: 35 }, (_, i) =>
				signIn({ email: `nobody-${i}-${guesser}@example.org`, password: 'a guess' }, from(guesser))
			)
		);
		expect(checks).toHaveBeenCalledTimes(5);
		expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(30);
		// Someone else, at another address, is not held up by it.
		const user = await makeUser();
		await signIn({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
	});

	it('holds a guesser spread over many addresses at the per-account ceiling', async () => {
		const user = await makeUser();
		// The ceiling is 100 an hour: the first 95 guesses (here counted without checking) come from afar.
		const [, , account] = signInLimits(user.email, 'anywhere');
		for (let i = 0; i < throttleRules.account.max - 5; i++) await take([account!]);
		const checks = countPasswordChecks();
		const codes = await outcomes(
			Array.from({ length: 25 }, (_, i) =>
				signIn({ email: user.email, password: `guess-${i}` }, from(`2001:db8::${i.toString(16)}`))
			)
		);
		expect(checks).toHaveBeenCalledTimes(5);
		expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(20);
	});

	it('does not count right passwords, and forgets the owner’s own typing errors once they get in', async () => {
		const user = await makeUser();
		const address = newAddress();
		for (let i = 0; i < 4; i++)
			await expect(signIn({ email: user.email, password: `typo-${i}` }, from(address))).rejects.toThrow(AppError);
		for (let i = 0; i < 2; i++) await signIn({ email: user.email, password: TEST_PASSWORD }, from(address));
		// Five more mistakes are allowed again: the pair's count started over.
		const codes = await outcomes(
			Array.from({ length: 6 }, (_, i) => signIn({ email: user.email, password: `typo-again-${i}` }, from(address)))
		);
		expect(codes.sort()).toEqual([...Array(1).fill('rate_limited'), ...Array(5).fill('unauthenticated')]);
	});
});

describe('the shared rate limiter', () => {
	it('lets exactly the limit through when 40 hits come at once, and none of the refused ones count', async () => {
		const key = `test:${crypto.randomUUID()}`;
		const wide = `test:${crypto.randomUUID()}`;
		const results = await Promise.all(
			Array.from({ length: 40 }, () =>
				take([
					{ key, max: 5, seconds: 60 },
					{ key: wide, max: 1000, seconds: 60 }
				])
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(5);
		const refused = results.find((r) => !r.ok) as { ok: false; retryAfter: number };
		expect(refused.retryAfter).toBeGreaterThan(0);
		expect(refused.retryAfter).toBeLessThanOrEqual(60);
		const [row] = await db().select({ hits: rateLimits.hits }).from(rateLimits).where(eq(rateLimits.key, wide));
		expect(row!.hits).toBe(5);
	});

	it('starts counting again when the window has ended, and gives back what was taken', async () => {
		const key = `test:${crypto.randomUUID()}`;
		const first = await take([{ key, max: 1, seconds: 60 }]);
		expect(first.ok).toBe(true);
		expect((await take([{ key, max: 1, seconds: 60 }])).ok).toBe(false);
		if (first.ok) await first.taken.giveBack();
		expect((await take([{ key, max: 1, seconds: 60 }])).ok).toBe(true);
		await db()
			.update(rateLimits)
			.set({ windowEndsAt: sql`now() - interval '1 second'` })
			.where(eq(rateLimits.key, key));
		expect((await take([{ key, max: 1, seconds: 60 }])).ok).toBe(true);
	});
});
