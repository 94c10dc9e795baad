import { apiNotFound } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

/** Any other address under /api/v1, with any method: a JSON 404 like the API's own. */
export const fallback: RequestHandler = () => apiNotFound();
