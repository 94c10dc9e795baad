import { readCall } from '$lib/server/domain/calls/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { publishCall } from '$lib/server/domain/calls/publish-call';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor) => readCall(actor, (await publishCall(actor, event.params.id)).id));
