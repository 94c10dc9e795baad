import { locales, type Locale } from './locales';

/** Text that people write, stored per language: `{ "sv": …, "en": …, "es": … }`. */
export type TranslatedText = Partial<Record<Locale, string>>;

/** The order in which other languages stand in for a missing one. */
export function fallbackOrder(locale: Locale): Locale[] {
	const rest: Locale[] = locale === 'es' ? ['en', 'sv'] : locale === 'en' ? ['sv', 'es'] : ['en', 'es'];
	return [locale, ...rest];
}

export type Localized = { text: string; locale: Locale; isFallback: boolean };

/**
 * The text in the reader's language or, failing that, the first language in the fallback order
 * that has it. `isFallback` tells the page to say so.
 */
export function localize(value: TranslatedText | null | undefined, locale: Locale): Localized {
	for (const candidate of fallbackOrder(locale)) {
		const text = value?.[candidate]?.trim();
		if (text) return { text, locale: candidate, isFallback: candidate !== locale };
	}
	return { text: '', locale, isFallback: false };
}

/** Languages that still lack a text: what an editor shows as missing. */
export function missingLocales(value: TranslatedText | null | undefined): Locale[] {
	return locales.filter((l) => !value?.[l]?.trim());
}
