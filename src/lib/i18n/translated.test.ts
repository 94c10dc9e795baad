import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locales';
import { fallbackOrder, localize, missingLocales } from './translated';

describe('localize', () => {
	it('returns the reader’s language when it exists', () => {
		expect(localize({ sv: 'Hej', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', locale: 'en', isFallback: false });
	});

	it('falls back in the defined order and says so', () => {
		expect(localize({ sv: 'Hej', en: 'Hello' }, 'es')).toEqual({ text: 'Hello', locale: 'en', isFallback: true });
		expect(localize({ es: 'Hola' }, 'sv')).toEqual({ text: 'Hola', locale: 'es', isFallback: true });
	});

	it('treats blank text as missing', () => {
		expect(localize({ en: '  ', sv: 'Hej' }, 'en').locale).toBe('sv');
		expect(missingLocales({ sv: 'Hej', en: ' ' })).toEqual(['en', 'es']);
	});

	it('starts every fallback order with the locale itself and covers all three', () => {
		for (const l of ['sv', 'en', 'es'] as const) {
			expect(fallbackOrder(l)[0]).toBe(l);
			expect(new Set(fallbackOrder(l)).size).toBe(3);
		}
	});
});

describe('localeFromAcceptLanguage', () => {
	it('honours q-values and regional tags', () => {
		expect(localeFromAcceptLanguage('de-DE,es-CO;q=0.8,en;q=0.5')).toBe('es');
		expect(localeFromAcceptLanguage('en-GB,sv;q=0.9')).toBe('en');
	});

	it('returns undefined when nothing fits', () => {
		expect(localeFromAcceptLanguage('de,fr;q=0.5')).toBeUndefined();
		expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
	});
});
