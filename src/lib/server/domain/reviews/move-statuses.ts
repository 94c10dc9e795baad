import { and, asc, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { sendStatusMails } from '../expressions/mails';
import { canMove, moveStatus, statusName } from '../expressions/statuses';
import { callForReview } from './policy';
import { statusMoveInput, type StatusMoveInput } from './schemas';

/**
 * Moves one or more answers of a call to another status, all or nothing: staff only (others 404).
 * Every answer must belong to the call (field `expressionIds` otherwise) and every move must be one
 * staff may make (statuses.ts); the first that may not is named by its organisation (field `to`) and
 * nothing moves. The rows are locked in id order, so two bulk moves over overlapping answers wait for
 * each other instead of deadlocking. Each move writes the timeline and audit (moveStatus). After the
 * commit each applicant is e-mailed in their own language, with the reason when one is given.
 */
export async function moveStatuses(actor: Actor, callId: string, input: StatusMoveInput) {
	const moved = await db().transaction(async (tx) => {
		const call = await callForReview(tx, actor, callId);
		const data = parseInput(statusMoveInput, input);
		const rows = await tx
			.select({
				id: expressionsOfInterest.id,
				callId: expressionsOfInterest.callId,
				organisationId: expressionsOfInterest.organisationId,
				status: expressionsOfInterest.status,
				organisationName: organisations.name,
				registration: expressionsOfInterest.registration
			})
			.from(expressionsOfInterest)
			.leftJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
			.where(and(inArray(expressionsOfInterest.id, data.expressionIds), eq(expressionsOfInterest.callId, call.id)))
			.orderBy(asc(expressionsOfInterest.id))
			.for('update', { of: expressionsOfInterest });
		if (rows.length !== data.expressionIds.length)
			throw AppError.invalid({ expressionIds: m.review_error_not_in_call() });
		for (const row of rows) {
			if (canMove('staff', row.status, data.to)) continue;
			const organisation = row.organisationName ?? pendingName(row.registration) ?? '—';
			throw AppError.invalid({
				to:
					row.status === data.to
						? m.review_error_already({ organisation, status: statusName(row.status) })
						: m.review_error_cannot_move({ organisation, from: statusName(row.status), to: statusName(data.to) })
			});
		}
		for (const row of rows) await moveStatus(tx, actor, row, data.to, { by: 'staff', reason: data.reason });
		return { ids: rows.map((r) => r.id), to: data.to, reason: data.reason };
	});
	await sendStatusMails(moved.ids, moved.reason);
	return { moved: moved.ids, to: moved.to };
}

/** A visitor's answer waiting for e-mail verification names its organisation in the registration. */
function pendingName(registration: typeof expressionsOfInterest.$inferSelect.registration): string | null {
	const organisation = registration?.organisation;
	return organisation && 'name' in organisation ? organisation.name : null;
}
