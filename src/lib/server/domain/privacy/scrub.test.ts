import { describe, expect, it } from 'vitest';
import { needlePattern, scrubValue } from './scrub';

describe('scrubbing a person out of recorded values', () => {
	const pattern = needlePattern(['Anna Berg', 'anna.berg@example.org', 'Al'])!;

	it('replaces whole-word occurrences, ignoring case, in nested values', () => {
		const recorded = {
			name: 'Anna Berg',
			email: 'ANNA.BERG@example.org',
			notes: ['Ring anna berg i morgon', 'Skrivet av anna.berg@example.org.'],
			count: 3,
			listed: true,
			empty: null
		};
		expect(scrubValue(recorded, pattern, 'Erased person 1a2b3c4d')).toEqual({
			name: 'Erased person 1a2b3c4d',
			email: 'Erased person 1a2b3c4d',
			notes: ['Ring Erased person 1a2b3c4d i morgon', 'Skrivet av Erased person 1a2b3c4d.'],
			count: 3,
			listed: true,
			empty: null
		});
	});

	it('leaves other words alone: no part of a longer name, and no needle too short to be a name', () => {
		expect(scrubValue('Annika Bergström och Al-Amin', pattern, 'X')).toBe('Annika Bergström och Al-Amin');
		expect(scrubValue('Hanna Bergh', pattern, 'X')).toBe('Hanna Bergh');
	});

	it('reads names with letters outside ASCII and characters regular expressions treat specially', () => {
		const special = needlePattern(['Åsa Öberg (S)', 'x+y@example.org'])!;
		expect(scrubValue('Åsa Öberg (S) och x+y@example.org', special, 'X')).toBe('X och X');
		expect(needlePattern(['', ' ', 'ab'])).toBeNull();
	});
});
