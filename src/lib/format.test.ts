import { describe, expect, it } from 'vitest';
import {
	formatCoordinates,
	formatDate,
	formatDateYears,
	formatPopulation,
	formatYearRange,
	languageName,
	partnershipCount
} from './format';

describe('format', () => {
	it('writes calendar dates in the page language without shifting the day', () => {
		expect(formatDate('2024-06-30', 'sv')).toBe('30 juni 2024');
		expect(formatDate('2024-06-30', 'en')).toBe('June 30, 2024');
		expect(formatDate('2024-06-30', 'es')).toBe('30 de junio de 2024');
		expect(formatDate(null, 'sv')).toBeNull();
	});

	it('writes year ranges and single years', () => {
		expect(formatYearRange(2021, 2024, 'sv')).toBe('2021–2024');
		expect(formatYearRange(2024, 2024, 'en')).toBe('2024');
		expect(formatDateYears('2021-09-01', '2024-06-30', 'es')).toBe('2021–2024');
	});

	it('groups numbers and writes coordinates the language’s way', () => {
		expect(formatPopulation(144000, 'en')).toBe('144,000');
		expect(formatPopulation(144000, 'es')).toBe('144.000');
		expect(formatCoordinates(57.7826, 14.1618, 'en')).toBe('57.78° N, 14.16° E');
		expect(formatCoordinates(-33.9321, -18.86, 'es')).toBe('33,93° S, 18,86° O');
	});

	it('names languages and counts partnerships', () => {
		expect(languageName('sv', 'en')).toBe('Swedish');
		expect(languageName('en', 'sv')).toBe('engelska');
		expect(partnershipCount(1, 'en')).toBe('1 partnership');
		expect(partnershipCount(12, 'es')).toBe('12 asociaciones');
	});
});
