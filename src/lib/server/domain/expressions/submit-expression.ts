import type { Actor } from '../accounts/actor';
import { sendStatusMails } from './mails';
import { saveAnswer, type Saved } from './save-draft';
import type { ExpressionInput } from './schemas';

/**
 * Saves the organisation's answer to the call (rules of saveDraft) and submits it: every required
 * question, every requirement confirmation and, for a partner-search call, the challenge and the theme
 * must be there (field errors `answers.<id>`, `confirmations.<id>`, `challenge`, `themeId`; nothing is
 * saved then). A draft whose call has closed can no longer be submitted (409). The status moves through
 * moveStatus; after the commit the applicant gets a receipt in the request's language.
 */
export async function submitExpression(actor: Actor, callId: string, input: ExpressionInput): Promise<Saved> {
	const saved = await saveAnswer(actor, { callId }, input, { submit: true });
	await sendStatusMails([saved.id]);
	return saved;
}

/** Submits an existing draft by its id, with any changes sent (the others stay); as submitExpression. */
export async function submitExpressionById(
	actor: Actor,
	expressionId: string,
	input: Partial<ExpressionInput> = {}
): Promise<Saved> {
	const saved = await saveAnswer(actor, { expressionId }, input, { submit: true });
	await sendStatusMails([saved.id]);
	return saved;
}
