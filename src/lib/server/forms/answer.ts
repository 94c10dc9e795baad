import { formInput } from '../form-actions';

// Reading the answer forms (the public answer page and the applicant's own page): the HTTP side of the
// expressions module, kept out of domain/ so the use cases see plain input.

/** A submitted answer form as the use cases' input, and which button was pressed. */
export function readAnswerForm(data: FormData) {
	const input = formInput(data, {
		arrays: ['confirmations', 'preferredCountryCodes', 'languages', 'challengeAreas'],
		booleans: ['useExisting']
	});
	const intent = input.intent === 'submit' ? 'submit' : 'draft';
	delete input.intent;
	return { input, submit: intent === 'submit' };
}

/** What was typed, to put back after a refusal: everything but the passwords. */
export function answerValues(input: Record<string, unknown>): Record<string, unknown> {
	const { password: _p, confirm: _c, ...values } = input;
	return values;
}
