import { apiWrite } from '$lib/server/api/respond';
import { removeResult } from '$lib/server/domain/results/remove-result';
import type { ResultPatch } from '$lib/server/domain/results/schemas';
import { updateResult } from '$lib/server/domain/results/update-result';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await updateResult(
			actor,
			{ partnership: event.params.id, resultId: event.params.resultId },
			body as ResultPatch
		)
	}));

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, (actor) => removeResult(actor, { partnership: event.params.id, resultId: event.params.resultId }));
