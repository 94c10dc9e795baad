import { fail } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { isAppError } from '$lib/server/errors';
import { formInput } from '$lib/server/form-actions';
import { namedCountries } from '../countries/names';
import { areaOptions } from '../matchmaking/areas';
import { listThemes } from '../themes/queries';
import { cooperationCountries } from './queries';

// What the answer forms (the public answer page, the applicant's own page) share: their choices,
// reading a submitted form, and failing with every value kept except passwords.

/** The themes, the programme's cooperation countries and the challenge areas, named in the page's language. */
export async function answerFormOptions(programmeId: string, locale: Locale) {
	const [themes, countries] = await Promise.all([listThemes(), cooperationCountries(programmeId)]);
	return {
		themes: themes
			.map((t) => ({ value: t.id, label: localize(t.name, locale).text || t.slug }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		countries: namedCountries(countries, locale).map((c) => ({ value: c.code, label: c.name })),
		areas: areaOptions(locale)
	};
}

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

/** An AppError as the form's failure, with what was typed (never a password) to put back. */
export function answerFailure(error: unknown, input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	if (!isAppError(error)) throw error;
	const { password: _p, confirm: _c, ...values } = input;
	const errors: Record<string, string> =
		Object.keys(error.fieldErrors).length > 0 ? { ...error.fieldErrors } : { _form: error.message };
	return fail(error.status, { errors, values, ...extra });
}
