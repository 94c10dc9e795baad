import { apiWrite, privateRead } from '$lib/server/api/respond';
import { addResult } from '$lib/server/domain/results/add-result';
import { getResultsFramework } from '$lib/server/domain/results/queries';
import type { ResultInput } from '$lib/server/domain/results/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await getResultsFramework(actor, event.params.id) }));

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({ data: await addResult(actor, event.params.id, body as ResultInput) }), {
		status: 201
	});
