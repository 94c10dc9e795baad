import { m } from '$lib/paraglide/messages';
import { config } from '$lib/server/config';
import type { AppError } from '$lib/server/errors';
import { rateLimited, take } from '../security/rate-limit';

/**
 * Counts one API request of a personal token against API_TOKEN_RATE_LIMIT (requests per minute, 300 by
 * default, 0 for none). Returns the 429 error to answer with (Retry-After: the seconds left in the
 * minute), or null when the request may go on. A script in a loop slows down; other tokens and people's
 * sessions are not affected.
 */
export async function tokenRequestRefusal(tokenId: string): Promise<AppError | null> {
	const max = config().apiTokenRateLimit;
	if (max === 0) return null;
	const result = await take([{ key: `api-token:${tokenId}`, max, seconds: 60 }]);
	return result.ok ? null : rateLimited(result.retryAfter, (wait) => m.token_error_rate_limited({ max, wait }));
}
