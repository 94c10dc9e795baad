import { m } from '$lib/paraglide/messages';
import { forget, limitKey, rateLimited, take, type Limit } from '../security/rate-limit';

/**
 * Sign-in attempts, limited so that a guesser is slowed and the owner is not (security/rate-limit.ts):
 * - per account and address: 5 in 15 minutes. This is what a guesser at one address meets; the owner,
 *   signing in from their own address, is not stopped by someone else's guessing.
 * - per address: 30 in 15 minutes, across accounts (one address trying many accounts).
 * - per account, from anywhere: 100 in an hour, a high ceiling against guessing spread over many
 *   addresses. Only such an attack reaches it, and staff have a second factor besides.
 * Each attempt is counted before the password is checked, in one statement per limit, so attempts sent
 * at the same time cannot all slip under a limit; an attempt over any limit is refused unchecked. The
 * right password gives its attempt back and clears the account-and-address count.
 */
export const throttleRules = {
	pair: { max: 5, seconds: 15 * 60 },
	address: { max: 30, seconds: 15 * 60 },
	account: { max: 100, seconds: 60 * 60 }
} as const;

export function signInLimits(email: string, address: string): Limit[] {
	const account = email.trim().toLowerCase();
	return [
		{ key: limitKey('sign-in', 'pair', `${account} ${address}`), ...throttleRules.pair },
		{ key: limitKey('sign-in', 'address', address), ...throttleRules.address },
		{ key: limitKey('sign-in', 'account', account), ...throttleRules.account }
	];
}

/**
 * Reserves one attempt before the password is checked; throws 'rate_limited' (429) when over a limit.
 * `succeeded` gives the attempt back and forgets earlier failures of this account from this address;
 * `giveBack` only gives it back (for our own failures, which are not the guesser's).
 */
export async function reserveSignIn(
	limits: Limit[]
): Promise<{ succeeded: () => Promise<void>; giveBack: () => Promise<void> }> {
	const result = await take(limits);
	if (!result.ok) throw rateLimited(result.retryAfter, (wait) => m.auth_error_too_many_sign_ins({ wait }));
	return {
		giveBack: result.taken.giveBack,
		succeeded: async () => {
			await result.taken.giveBack();
			await forget(limits[0]!.key);
		}
	};
}
