import { liveRead, readCall, readCalls } from '$lib/server/domain/calls/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { createCall } from '$lib/server/domain/calls/create-call';
import type { CallInput } from '$lib/server/domain/calls/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => liveRead(event, () => readCalls(event.url.searchParams));

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => readCall(actor, (await createCall(actor, body as CallInput)).id), {
		status: 201
	});
