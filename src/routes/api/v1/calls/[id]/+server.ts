import { liveRead, readCall } from '$lib/server/domain/calls/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { anonymous } from '$lib/server/domain/accounts/actor';
import type { CallUpdateInput } from '$lib/server/domain/calls/schemas';
import { updateCall } from '$lib/server/domain/calls/update-call';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	liveRead(event, () => readCall(event.locals.actor ?? anonymous, event.params.id));

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) =>
		readCall(actor, (await updateCall(actor, event.params.id, body as CallUpdateInput)).id)
	);
