import { readExpression } from '$lib/server/domain/expressions/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { saveDraft } from '$lib/server/domain/expressions/save-draft';
import type { ExpressionInput } from '$lib/server/domain/expressions/schemas';
import { submitExpression } from '$lib/server/domain/expressions/submit-expression';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => {
			const { submit, ...input } = (typeof body === 'object' && body !== null ? body : {}) as ExpressionInput & {
				submit?: unknown;
			};
			const saved =
				submit === true
					? await submitExpression(actor, event.params.id, input)
					: await saveDraft(actor, event.params.id, input);
			return readExpression(actor, saved.id);
		},
		{ status: 201 }
	);
