import { privateRead } from '$lib/server/api/respond';
import { listReviews } from '$lib/server/domain/reviews/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await listReviews(actor, event.params.id) }));
