import { describe, expect, it } from 'vitest';
import { isLanguageCode, languageLabel, languageOptions } from './languages';
import { profileListQuery, profileUpdateInput } from './schemas';

const valid = {
	themeId: '7d0f7a52-2f5e-4c1e-9a57-3c4b7b7b0c11',
	challenge: { es: 'Desafío' },
	hopes: { en: 'Hopes' },
	contactRole: { es: 'Secretaría' }
};

describe('languages', () => {
	it('knows two-letter codes the runtime can name, and nothing else', () => {
		expect(['es', 'sv', 'pt', 'fr', 'xh', 'zu'].every(isLanguageCode)).toBe(true);
		expect(['zz', 'ES', 'spa', '', 'e1'].some(isLanguageCode)).toBe(false);
		expect(languageLabel('es', 'sv')).toBe('spanska');
		expect(languageOptions('en').map((o) => o.value)).toContain('af');
	});
});

describe('profileUpdateInput', () => {
	it('lowers and dedupes languages, defaults max matches to 1 and a blank population to none', () => {
		const parsed = profileUpdateInput.parse({
			...valid,
			languages: ['ES', 'es', 'en'],
			population: '',
			maxMatches: ''
		});
		expect(parsed).toMatchObject({ languages: ['es', 'en'], maxMatches: 1, population: undefined });
	});

	it('refuses unknown languages, a population that is not a positive whole number and more than 10 matches', () => {
		const result = profileUpdateInput.safeParse({ ...valid, languages: ['xx'], population: '-3', maxMatches: 11 });
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
		expect(paths).toEqual(['languages.0', 'maxMatches', 'population']);
	});

	it('wants the challenge, the hopes and the contact role in at least one language', () => {
		const result = profileUpdateInput.safeParse({ ...valid, challenge: { sv: ' ' }, hopes: {}, contactRole: {} });
		expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['challenge', 'contactRole', 'hopes']);
	});
});

describe('profileListQuery', () => {
	it('takes a country in any case and pages', () => {
		expect(profileListQuery.parse({ country: 'co', page: '2' })).toMatchObject({ country: 'CO', page: 2, limit: 20 });
		expect(profileListQuery.safeParse({ country: 'XX' }).success).toBe(false);
	});
});
