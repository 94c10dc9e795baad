import { apiWrite } from '$lib/server/api/respond';
import { addIndicator } from '$lib/server/domain/results/add-indicator';
import type { IndicatorInput } from '$lib/server/domain/results/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => ({
			data: await addIndicator(
				actor,
				{ partnership: event.params.id, resultId: event.params.resultId },
				body as IndicatorInput
			)
		}),
		{ status: 201 }
	);
