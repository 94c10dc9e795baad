import { readExpression } from '$lib/server/domain/expressions/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import type { WithdrawInput } from '$lib/server/domain/expressions/schemas';
import { withdrawExpression } from '$lib/server/domain/expressions/withdraw-expression';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		await withdrawExpression(actor, event.params.id, body as WithdrawInput);
		return readExpression(actor, event.params.id);
	});
