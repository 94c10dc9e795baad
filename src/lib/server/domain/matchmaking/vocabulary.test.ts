import { describe, expect, it } from 'vitest';
import { vocabulary, type VocabularyLanguage } from './vocabulary';

const languages: VocabularyLanguage[] = ['sv', 'en', 'es'];

describe('the vocabulary’s labels', () => {
	it('name every concept in Swedish, English and Spanish', () => {
		for (const concept of vocabulary)
			for (const lang of languages) {
				const label = concept.label?.[lang];
				expect(typeof label, `${concept.key}.${lang}`).toBe('string');
				expect(label.trim(), `${concept.key}.${lang}`).not.toBe('');
				expect(label, `${concept.key}.${lang} has stray spaces`).toBe(label.trim().replace(/\s+/g, ' '));
			}
	});

	it('give no two concepts the same name in a language', () => {
		for (const lang of languages) {
			const seen = new Map<string, string>();
			for (const concept of vocabulary) {
				const label = concept.label[lang].toLocaleLowerCase(lang);
				expect(seen.get(label), `${lang} “${label}” names ${seen.get(label)} and ${concept.key}`).toBeUndefined();
				seen.set(label, concept.key);
			}
		}
	});

	it('use the programme’s glossary for the words it has', () => {
		const label = (key: string) => vocabulary.find((concept) => concept.key === key)?.label;
		expect(label('gender_based_violence')).toEqual({
			sv: 'könsrelaterat våld',
			en: 'gender-based violence',
			es: 'violencia de género'
		});
		expect(label('youth_participation')).toEqual({
			sv: 'ungdomsdelaktighet',
			en: 'youth participation',
			es: 'participación juvenil'
		});
		expect(label('accountability')).toEqual({
			sv: 'ansvarsutkrävande',
			en: 'accountability',
			es: 'rendición de cuentas'
		});
	});
});
