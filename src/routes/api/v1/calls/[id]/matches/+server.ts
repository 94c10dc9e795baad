import { apiWrite, privateRead } from '$lib/server/api/respond';
import { acceptMatch } from '$lib/server/domain/matchmaking/accept-match';
import { listMatches } from '$lib/server/domain/matchmaking/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await listMatches(actor, event.params.id) }));

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => ({
			data: await acceptMatch(actor, { ...(body as Record<string, unknown>), callId: event.params.id })
		}),
		{ status: 201 }
	);
