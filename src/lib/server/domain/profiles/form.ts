import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { formFields, formInput } from '$lib/server/form-actions';
import { countryName } from '../countries/names';
import { areaOptions } from '../matchmaking/areas';
import { listThemes } from '../themes/queries';
import { languageOptions } from './languages';

// What the workspace and staff profile forms share: their choices and how a submission is read.

/** A submitted profile form as the use cases' input (`languages` and `challengeAreas` are multiple choices). */
export function profileFormInput(data: FormData) {
	return formInput(data, { arrays: ['languages', 'challengeAreas'] });
}

/** A refused submission's values, to put back in the form: multiple choices joined by commas. */
export function profileFormValues(data: FormData): Record<string, string> {
	return {
		...formFields(data),
		languages: data.getAll('languages').join(','),
		challengeAreas: data.getAll('challengeAreas').join(',')
	};
}

/** Themes, offered languages and challenge areas, named in the reader's language. */
export async function profileFormOptions(locale: Locale) {
	const themes = await listThemes();
	return {
		themes: themes.map((t) => ({ value: t.id, label: localize(t.name, locale).text || t.slug })),
		languages: languageOptions(locale),
		areas: areaOptions(locale)
	};
}

/** Organisations as choices: "Name (Country)". */
export function organisationOptions(rows: { id: string; name: string; countryCode: string }[], locale: Locale) {
	return rows.map((o) => ({ value: o.id, label: `${o.name} (${countryName(o.countryCode, locale)})` }));
}
