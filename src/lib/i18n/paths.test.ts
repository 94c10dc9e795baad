import { describe, expect, it } from 'vitest';
import { pathInLanguage, sectionOf } from './paths';

describe('pathInLanguage', () => {
	it('swaps the language segment and keeps the query string', () => {
		expect(pathInLanguage(new URL('http://x/sv/partnerships?theme=education&page=2'), 'es')).toBe(
			'/es/partnerships?theme=education&page=2'
		);
		expect(pathInLanguage(new URL('http://x/en'), 'sv')).toBe('/sv');
		expect(pathInLanguage(new URL('http://x/en/networks/human-rights'), 'sv')).toBe('/sv/networks/human-rights');
	});

	it('leads home when the path has no language', () => {
		expect(pathInLanguage(new URL('http://x/nowhere/at/all'), 'en')).toBe('/en');
	});
});

describe('sectionOf', () => {
	it('names the first segment after the language', () => {
		expect(sectionOf('/sv')).toBe('');
		expect(sectionOf('/en/networks/human-rights')).toBe('networks');
		expect(sectionOf('/elsewhere')).toBe('');
	});
});
