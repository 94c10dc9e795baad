import { privateRead } from '$lib/server/api/respond';
import { listAnswers } from '$lib/server/domain/reviews/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({
		data: await listAnswers(actor, event.params.id, { status: event.url.searchParams.get('status') })
	}));
