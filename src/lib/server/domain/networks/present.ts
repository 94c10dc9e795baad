import type { Locale } from '$lib/i18n/locales';
import { namedCountries } from '../countries/names';

/** A network as pages show it: its countries named in the page's language. */
export function withCountryNames<T extends { countryCodes: string[] }>(network: T, locale: Locale) {
	const { countryCodes, ...rest } = network;
	return { ...rest, countries: namedCountries(countryCodes, locale) };
}
