import { m } from '$lib/paraglide/messages';
import type { CallQuestion, CallRequirement } from '$lib/server/db/schema';
import type { FieldErrors } from '$lib/server/errors';

type CallForm = { kind: string; questions: readonly CallQuestion[]; requirements: readonly CallRequirement[] };
type Answer = {
	answers: Record<string, string>;
	confirmations: readonly string[];
	challenge: Partial<Record<string, string>>;
	themeId?: string | null;
	/** The areas chosen from the list, and those recognised in the challenge's text. */
	chosenConcepts: readonly string[];
	recognised: readonly string[];
};

/**
 * Keeps only what belongs to the call: answers to its own questions (blank ones dropped) and
 * confirmations of its own requirements, once each. Ids the call does not have are dropped.
 */
export function keepCallAnswers(call: CallForm, answer: Pick<Answer, 'answers' | 'confirmations'>) {
	const answers: Record<string, string> = {};
	for (const question of call.questions) {
		const text = answer.answers[question.id]?.trim();
		if (text) answers[question.id] = text;
	}
	const confirmations = call.requirements.map((r) => r.id).filter((id) => answer.confirmations.includes(id));
	return { answers, confirmations };
}

/**
 * What a submission still lacks, per field: each required question (`answers.<id>`), each requirement
 * (`confirmations.<id>`), and for a partner-search call the challenge, at least one challenge area
 * (chosen, or recognised in the challenge's text) and the theme, which matchmaking reads. Empty when the
 * answer may be submitted. Messages in the reader's language.
 */
export function missingForSubmission(call: CallForm, answer: Answer): FieldErrors {
	const errors: FieldErrors = {};
	for (const question of call.questions)
		if (question.required && !answer.answers[question.id]?.trim())
			errors[`answers.${question.id}`] = m.expressions_error_answer_required();
	for (const requirement of call.requirements)
		if (!answer.confirmations.includes(requirement.id))
			errors[`confirmations.${requirement.id}`] = m.expressions_error_confirmation_required();
	if (call.kind === 'partner_search') {
		if (!Object.values(answer.challenge).some((text) => text?.trim()))
			errors['challenge'] = m.expressions_error_challenge_required();
		// Matching compares areas: with none chosen and none recognised in the text it would score 0.
		else if (!answer.chosenConcepts.length && !answer.recognised.length)
			errors['challengeAreas'] = m.expressions_error_area_required();
		if (!answer.themeId) errors['themeId'] = m.expressions_error_theme_required();
	}
	return errors;
}
