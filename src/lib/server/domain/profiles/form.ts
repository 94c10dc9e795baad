import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { countryName } from '../countries/names';
import { areaOptions } from '../matchmaking/areas';
import { listThemes } from '../themes/queries';
import { languageOptions } from './languages';

// The choices the workspace and staff profile forms offer (reading a submission: src/lib/server/forms/profile.ts).

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
