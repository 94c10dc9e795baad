import type { Locale } from '$lib/i18n/locales';
import en from './en.json';
import es from './es.json';
import sv from './sv.json';

// The texts of the 169 SDG targets, by code ("5.5", "5.c"): in English and Spanish the UN's own
// wording (General Assembly resolution 70/1), in Swedish the government's translation of the 2030
// Agenda. Data, one file per language, so that a page loads only the language it shows.
const texts: Record<Locale, Record<string, string>> = { sv, en, es };

/** The targets' texts in one language; only `codes` when given (a plan shows just its own). */
export function sdgTargetTexts(locale: Locale, codes?: readonly string[]): Record<string, string> {
	const all = texts[locale];
	if (!codes) return all;
	return Object.fromEntries(codes.filter((code) => code in all).map((code) => [code, all[code]!]));
}
