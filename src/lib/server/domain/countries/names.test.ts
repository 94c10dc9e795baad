import { describe, expect, it } from 'vitest';
import { countryName, namedCountries } from './names';

describe('countryName', () => {
	it('uses everyday names in each language', () => {
		expect(countryName('MD', 'en')).toBe('Moldova');
		expect(countryName('ZA', 'sv')).toBe('Sydafrika');
		expect(countryName('SE', 'es')).toBe('Suecia');
	});
});

describe('namedCountries', () => {
	it('sorts by name the way the language sorts', () => {
		expect(namedCountries(['ZM', 'AT', 'SE'], 'sv').map((c) => c.name)).toEqual(['Sverige', 'Zambia', 'Österrike']);
	});
});
