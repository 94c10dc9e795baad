import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { sendStatusMails } from './mails';
import { mayEditExpression } from './policy';
import { withdrawInput, type WithdrawInput } from './schemas';
import { canMove, moveStatus, type ExpressionStatus } from './statuses';

/**
 * Withdraws an answer, with an optional reason. For its applicant and the coordinators of its
 * organisation (others 404); possible until it is matched or declined (else field error `status`).
 * The status moves through moveStatus under the row lock; the applicant is told by mail after commit.
 */
export async function withdrawExpression(
	actor: Actor,
	expressionId: string,
	input: WithdrawInput = {}
): Promise<{ id: string; status: ExpressionStatus }> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	if (!isUuid(expressionId)) throw AppError.notFound();
	const { reason } = parseInput(withdrawInput, input ?? {});
	await db().transaction(async (tx) => {
		const [expression] = await tx
			.select()
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.id, expressionId))
			.for('update');
		if (!expression || !mayEditExpression(actor, expression)) throw AppError.notFound();
		if (!canMove('applicant', expression.status, 'withdrawn'))
			throw AppError.invalid({ status: m.expressions_error_cannot_withdraw() });
		await moveStatus(tx, actor, expression, 'withdrawn', { by: 'applicant', reason });
	});
	await sendStatusMails([expressionId], reason);
	return { id: expressionId, status: 'withdrawn' };
}
