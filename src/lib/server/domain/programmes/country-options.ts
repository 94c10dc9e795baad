import countries from 'i18n-iso-countries';
import type { Locale } from '$lib/i18n/locales';
import { namedCountries } from '../countries/names';

/** Every ISO 3166 country as a choice for staff forms, named and sorted in the page's language. */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
	return namedCountries(Object.keys(countries.getAlpha2Codes()), locale).map((c) => ({ value: c.code, label: c.name }));
}
