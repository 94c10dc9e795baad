import { apiWrite } from '$lib/server/api/respond';
import { removePeriod } from '$lib/server/domain/results/remove-period';
import type { PeriodPatch } from '$lib/server/domain/results/schemas';
import { updatePeriod } from '$lib/server/domain/results/update-period';
import type { RequestHandler } from './$types';

const ref = (params: { id: string; resultId: string; indicatorId: string; periodId: string }) => ({
	partnership: params.id,
	resultId: params.resultId,
	indicatorId: params.indicatorId,
	periodId: params.periodId
});

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({ data: await updatePeriod(actor, ref(event.params), body as PeriodPatch) }));

export const DELETE: RequestHandler = (event) => apiWrite(event, (actor) => removePeriod(actor, ref(event.params)));
