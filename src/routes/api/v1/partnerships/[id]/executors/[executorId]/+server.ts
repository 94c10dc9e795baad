import { apiWrite } from '$lib/server/api/respond';
import type { ExecutorChanges } from '$lib/server/domain/governance/schemas';
import { removeExecutor } from '$lib/server/domain/governance/remove-executor';
import { updateExecutor } from '$lib/server/domain/governance/update-executor';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await updateExecutor(actor, event.params.id, event.params.executorId, body as ExecutorChanges)
	}));

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, (actor) => removeExecutor(actor, event.params.id, event.params.executorId));
