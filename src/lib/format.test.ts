import { describe, expect, it } from 'vitest';
import { formatCoordinates, formatPopulation, languageName, partnershipCount } from './format';

describe('format', () => {
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

describe('per cent and measures', () => {
	it('writes per cent each language’s way', async () => {
		const { formatPercent } = await import('./format');
		expect(formatPercent(26, 'sv')).toBe('26\u00a0%');
		expect(formatPercent(26, 'en')).toBe('26%');
		expect(formatPercent(26, 'es')).toBe('26\u00a0%');
	});

	it('formats a value in "%" like any percentage, other units after the number', async () => {
		const { formatMeasure } = await import('./format');
		expect(formatMeasure(58, '%', 'en')).toBe('58%');
		expect(formatMeasure(58, ' % ', 'sv')).toBe('58\u00a0%');
		expect(formatMeasure(1234.5, 'skolor', 'sv')).toBe('1\u00a0234,5 skolor');
		expect(formatMeasure(12, null, 'en')).toBe('12');
	});
});
