import { apiWrite } from '$lib/server/api/respond';
import type { ReviewInput } from '$lib/server/domain/reviews/schemas';
import { scoreExpression } from '$lib/server/domain/reviews/score-expression';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await scoreExpression(actor, event.params.id, body as ReviewInput)
	}));
