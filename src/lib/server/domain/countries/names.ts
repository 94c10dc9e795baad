import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import esNames from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import svNames from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import type { Locale } from '$lib/i18n/locales';

countries.registerLocale(svNames);
countries.registerLocale(enNames);
countries.registerLocale(esNames);

export const SWEDEN = 'SE';

/** True for an ISO 3166-1 alpha-2 code in upper case, e.g. "ZA". */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/**
 * The country's everyday name ("Moldova", "Tanzania") from the runtime's CLDR data; the ISO tables
 * (which prefer official forms like "Moldova, Republic of") only fill in codes CLDR lacks.
 */
export function countryName(code: string, locale: Locale): string {
	let names = displayNames.get(locale);
	if (!names) displayNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' })));
	return names.of(code) ?? countries.getName(code, locale) ?? code;
}

/** Codes with their names, sorted by name the way the language sorts ("Österrike" after "Zambia" in Swedish). */
const collators = new Map<Locale, Intl.Collator>();

export function namedCountries(codes: readonly string[], locale: Locale): { code: string; name: string }[] {
	let collator = collators.get(locale);
	if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
	return codes
		.map((code) => ({ code, name: countryName(code, locale) }))
		.sort((a, b) => collator.compare(a.name, b.name));
}
