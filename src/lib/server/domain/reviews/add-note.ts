import { db } from '$lib/server/db/client';
import { expressionNotes } from '$lib/server/db/schema';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { expressionForReview, reviewerId } from './policy';
import { noteInput, type NoteInput } from './schemas';

/**
 * Adds an internal note (1–5,000 characters, field `body`) to an answer. Staff only, on any answer but
 * a draft (withdrawn ones included: notes explain what happened); everyone else gets 404. Applicants
 * never see notes. Side effect: audit event `expression_note.added` (without the note's text).
 */
export async function addNote(actor: Actor, expressionId: string, input: NoteInput) {
	return db().transaction(async (tx) => {
		const { expression } = await expressionForReview(tx, actor, expressionId);
		const authorUserId = reviewerId(actor);
		const { body } = parseInput(noteInput, input);
		const [note] = await tx
			.insert(expressionNotes)
			.values({ expressionId: expression.id, authorUserId, body })
			.returning();
		await recordAudit(tx, actor, {
			action: 'expression_note.added',
			subjectType: 'expression_note',
			subjectId: note!.id,
			organisationIds: expression.organisationId ? [expression.organisationId] : [],
			after: { expressionId: expression.id }
		});
		return { id: note!.id, expressionId: expression.id, authorUserId, body, createdAt: note!.createdAt.toISOString() };
	});
}
