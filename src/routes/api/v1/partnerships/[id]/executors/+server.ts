import { readExecutors } from '$lib/server/domain/governance/api/reads';
import { apiWrite, privateRead } from '$lib/server/api/respond';
import { addExecutor } from '$lib/server/domain/governance/add-executor';
import type { ExecutorInput } from '$lib/server/domain/governance/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readExecutors(actor, event.params.id));

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({ data: await addExecutor(actor, event.params.id, body as ExecutorInput) }), {
		status: 201
	});
