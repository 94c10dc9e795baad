import { apiWrite } from '$lib/server/api/respond';
import { removeIndicator } from '$lib/server/domain/results/remove-indicator';
import type { IndicatorPatch } from '$lib/server/domain/results/schemas';
import { updateIndicator } from '$lib/server/domain/results/update-indicator';
import type { RequestHandler } from './$types';

const ref = (params: { id: string; resultId: string; indicatorId: string }) => ({
	partnership: params.id,
	resultId: params.resultId,
	indicatorId: params.indicatorId
});

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await updateIndicator(actor, ref(event.params), body as IndicatorPatch)
	}));

export const DELETE: RequestHandler = (event) => apiWrite(event, (actor) => removeIndicator(actor, ref(event.params)));
