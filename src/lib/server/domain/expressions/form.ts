import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { namedCountries } from '../countries/names';
import { areaOptions } from '../matchmaking/areas';
import { listThemes } from '../themes/queries';
import { cooperationCountries } from './queries';

// The choices the answer forms (the public answer page, the applicant's own page) offer. Reading a
// submitted form is the route's side: src/lib/server/forms/answer.ts.

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
