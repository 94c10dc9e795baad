import { readExpression } from '$lib/server/domain/expressions/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import type { ExpressionInput } from '$lib/server/domain/expressions/schemas';
import { submitExpressionById } from '$lib/server/domain/expressions/submit-expression';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const saved = await submitExpressionById(actor, event.params.id, body as Partial<ExpressionInput>);
		return readExpression(actor, saved.id);
	});
