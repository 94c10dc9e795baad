import { localize } from '$lib/i18n/translated';
import type { Locale } from '$lib/i18n/locales';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { listProgrammes } from '$lib/server/domain/programmes/queries';
import { listThemes } from '$lib/server/domain/themes/queries';
import { networkFields } from '$lib/server/domain/networks/schemas';
import { schemaFields } from '$lib/server/schema-fields';

/** The choices of the network form: programmes, themes and countries, named in the page's language. */
export async function networkFormOptions(locale: Locale) {
	const [programmes, themes] = await Promise.all([listProgrammes(), listThemes()]);
	return {
		programmes: programmes.map((p) => ({ value: p.id, label: localize(p.name, locale).text || p.slug })),
		themes: themes.map((t) => ({ value: t.id, label: localize(t.name, locale).text || t.slug })),
		countries: countryOptions(locale)
	};
}

/** The network form's fields, in the order it shows them. */
export const networkFormFields = schemaFields(networkFields, [
	'programmeId',
	'themeId',
	'name',
	'description',
	'startYear',
	'endYear',
	'countryCodes',
	'slug'
]);
