import { limitKey, takeOrRefuse } from './rate-limit';

/** Wrong current passwords allowed per person in Settings before they must wait. */
export const REAUTH_LIMIT = { max: 5, seconds: 15 * 60 };

/**
 * Runs a check of the signed-in person's current password (making a token, changing the password, the
 * two-factor settings) under one shared limit: a wrong answer (the check throws) stays counted, the
 * right one gives its attempt back; past the limit the check is not run and the answer is 429. So a
 * session left open on a shared computer cannot be used to guess the password that guards the rest.
 */
export async function withPasswordAgain<T>(userId: string, check: () => Promise<T>): Promise<T> {
	const attempt = await takeOrRefuse([{ key: limitKey('reauth', 'account', userId), ...REAUTH_LIMIT }]);
	const result = await check();
	await attempt.giveBack();
	return result;
}
