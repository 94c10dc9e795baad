import { describe, expect, it } from 'vitest';
import { organisationDirectoryQuery } from './schemas';
import { containsPattern, FOLD_FROM, FOLD_TO, foldForSearch } from './search';

describe('searching organisations by name', () => {
	it('folds each listed letter to its base letter, the same in SQL (translate) and here', () => {
		expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
		const special: Record<string, string> = { đ: 'd', ı: 'i', ł: 'l', ø: 'o' };
		[...FOLD_FROM].forEach((letter, i) => {
			const base = special[letter] ?? letter.normalize('NFD').replace(/\p{M}/gu, '');
			expect(FOLD_TO[i], letter).toBe(base);
		});
	});

	it('compares without case or accents', () => {
		expect(foldForSearch('JÖNKÖPING')).toBe('jonkoping');
		expect(foldForSearch('Bogotá D.C.')).toBe('bogota d.c.');
		expect(foldForSearch('Budești')).toBe('budesti');
	});

	it('makes a pattern in which % and _ and \\ stand for themselves', () => {
		expect(containsPattern('Jönköping')).toBe('%jonkoping%');
		expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
	});

	it('reads the directory parameters; a blank one means not given', () => {
		expect(
			organisationDirectoryQuery.parse({ q: '  Jönköpings   kommun ', country: 'se', kind: '', page: '' })
		).toEqual({
			q: 'Jönköpings kommun',
			country: 'SE',
			kind: undefined,
			page: 1
		});
		expect(organisationDirectoryQuery.safeParse({ kind: 'castle' }).success).toBe(false);
		expect(organisationDirectoryQuery.safeParse({ country: 'XX' }).success).toBe(false);
		expect(organisationDirectoryQuery.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
	});
});
