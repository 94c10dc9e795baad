import { apiWrite } from '$lib/server/api/respond';
import { moveStatuses } from '$lib/server/domain/reviews/move-statuses';
import type { StatusMoveInput } from '$lib/server/domain/reviews/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await moveStatuses(actor, event.params.id, body as StatusMoveInput)
	}));
