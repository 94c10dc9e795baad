import { readExpression } from '$lib/server/domain/expressions/api/reads';
import { apiWrite, privateRead } from '$lib/server/api/respond';
import { updateExpression } from '$lib/server/domain/expressions/save-draft';
import type { ExpressionInput } from '$lib/server/domain/expressions/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readExpression(actor, event.params.id));

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const saved = await updateExpression(actor, event.params.id, body as Partial<ExpressionInput>);
		return readExpression(actor, saved.id);
	});
