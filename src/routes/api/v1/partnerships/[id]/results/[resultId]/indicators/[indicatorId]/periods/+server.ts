import { apiWrite } from '$lib/server/api/respond';
import { addPeriod } from '$lib/server/domain/results/add-period';
import type { PeriodInput } from '$lib/server/domain/results/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => ({
			data: await addPeriod(
				actor,
				{ partnership: event.params.id, resultId: event.params.resultId, indicatorId: event.params.indicatorId },
				body as PeriodInput
			)
		}),
		{ status: 201 }
	);
