import type { Locale } from '$lib/i18n/locales';

// Working languages are ISO 639-1 codes ("es", "zu"). A code is known when the runtime's CLDR data can
// name it: the same data the pages use to show it, so nothing is accepted that would show as a bare code.

const namers = new Map<string, Intl.DisplayNames>();

function namer(locale: string): Intl.DisplayNames {
	let found = namers.get(locale);
	if (!found) namers.set(locale, (found = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' })));
	return found;
}

/** True for a two-letter lower-case ISO 639-1 code the runtime can name, e.g. "es" or "xh". */
export function isLanguageCode(code: string): boolean {
	if (!/^[a-z]{2}$/.test(code)) return false;
	try {
		return namer('en').of(code) !== undefined;
	} catch {
		return false;
	}
}

/** The language's name in the reader's language ("spanska", "Spanish", "español"), or the code itself. */
export function languageLabel(code: string, locale: Locale): string {
	return namer(locale).of(code) ?? code;
}

/**
 * The languages forms offer: those of the programme's cooperation countries and of Sweden. The API
 * takes any known code.
 */
export const offeredLanguages: readonly string[] = [
	'sv',
	'en',
	'es',
	'pt',
	'fr',
	'de',
	'af',
	'zu',
	'xh',
	'st',
	'tn',
	'ts',
	've',
	'nr',
	'ss',
	'sw',
	'ny',
	'ro',
	'ru',
	'sr',
	'zh',
	'ar',
	'qu'
];

/** The offered languages as choices, named and sorted in the reader's language. */
export function languageOptions(locale: Locale): { value: string; label: string }[] {
	const collator = new Intl.Collator(locale);
	return offeredLanguages
		.map((code) => ({ value: code, label: languageLabel(code, locale) }))
		.sort((a, b) => collator.compare(a.label, b.label));
}
