import { describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/format';
import { parseNumber } from './numbers';

const value = (text: string, locale: 'sv' | 'en' | 'es', whole = false) => {
	const parsed = parseNumber(text, locale, { whole });
	return parsed.ok ? parsed.value : parsed.reason === 'ambiguous' ? parsed.readings : parsed.reason;
};
const alternative = (text: string, locale: 'sv' | 'en' | 'es') => {
	const parsed = parseNumber(text, locale);
	return parsed.ok ? parsed.alternative : undefined;
};

describe('parseNumber', () => {
	it('reads thousands set apart by spaces of every kind, in every language', () => {
		for (const locale of ['sv', 'en', 'es'] as const) {
			expect(value('97 000', locale, true)).toBe(97_000);
			expect(value('97\u00a0000', locale, true)).toBe(97_000);
			expect(value('1\u202f234\u202f567', locale, true)).toBe(1_234_567);
			expect(value('  2024 ', locale, true)).toBe(2024);
			expect(value('-5', locale)).toBe(-5);
			expect(value('\u22125', locale)).toBe(-5);
		}
	});

	it('reads back what the site prints in each language', () => {
		for (const locale of ['sv', 'en', 'es'] as const) {
			for (const n of [190_000, 1_234_567, 12_345.5, 0.25, -3.75, 57.782]) {
				const printed = formatNumber(n, locale, { maximumFractionDigits: 3 });
				expect(value(printed, locale), `${locale} ${printed}`).toBe(n);
			}
		}
	});

	it('reads the decimal comma in Swedish and Spanish and the decimal point in English', () => {
		expect(value('1 234,5', 'sv')).toBe(1234.5);
		expect(value('57,782', 'sv')).toBe(57.782);
		expect(value('12.345,5', 'es')).toBe(12_345.5);
		expect(value('1,234.5', 'en')).toBe(1234.5);
		expect(value('57.782', 'en')).toBe(57.782);
		expect(value(',5', 'sv')).toBe(0.5);
	});

	it('takes the other sign as decimals where it cannot group thousands', () => {
		expect(value('2.5', 'sv')).toBe(2.5);
		expect(value('1,5', 'en')).toBe(1.5);
		expect(value('1.25', 'es')).toBe(1.25);
		expect(value('1234.567', 'sv')).toBe(1234.567);
	});

	it('groups thousands with the language’s own sign, keeping the decimal reading aside', () => {
		expect(value('97,000', 'en')).toBe(97_000);
		expect(alternative('97,000', 'en')).toBe(97);
		expect(value('97.000', 'es')).toBe(97_000);
		expect(alternative('57.782', 'es')).toBe(57.782);
		expect(alternative('57,782', 'sv')).toBe(57_782);
		expect(alternative('2,5', 'sv')).toBeUndefined();
		expect(value('1.000.000', 'sv')).toBe(1_000_000);
		expect(value('1,000,000', 'sv')).toBe(1_000_000);
	});

	it('reads "97,000" and "97.000" as thousands in a whole-number field, whatever the language', () => {
		for (const locale of ['sv', 'en', 'es'] as const) {
			expect(value('97,000', locale, true)).toBe(97_000);
			expect(value('97.000', locale, true)).toBe(97_000);
		}
	});

	it('gives both readings of a point before three digits in a Swedish decimal field', () => {
		expect(value('97.000', 'sv')).toEqual([97_000, 97]);
		expect(value('-1 234.567', 'sv')).toEqual([-1_234_567, -1234.567]);
	});

	it('refuses a fraction where a whole number is wanted', () => {
		expect(value('2,5', 'sv', true)).toBe('not_whole');
		expect(value('2.5', 'en', true)).toBe('not_whole');
		expect(value('2,0', 'sv', true)).toBe(2);
	});

	it('refuses what is not a number as people write one', () => {
		for (const text of [
			'',
			' ',
			'abc',
			'97 000 kr',
			'1e5',
			'0x10',
			'Infinity',
			'NaN',
			'9 7000',
			'97  00',
			'1,2,3.4,5',
			'1.234.5,6,7',
			'5-',
			'--5',
			'12,',
			'1,5 0'
		])
			expect(value(text, 'sv'), text).toBe('invalid');
	});
});
