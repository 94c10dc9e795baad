import { describe, expect, it } from 'vitest';
import { conceptLabel, exclusionMessage, explainPart, unmatchedMessage } from './explain';
import type { ScoreDetail, ScorePart } from './types';

const part = (detail: ScoreDetail): ScorePart => ({ key: detail.kind, score: 0.5, weight: 10, points: 5, detail });
const context = (locale: 'sv' | 'en' | 'es') => ({
	locale,
	themeName: (id: string) => ({ t1: 'Gender equality', t2: 'Education' })[id] ?? id,
	profileCountryCode: 'CO'
});

describe('explainPart', () => {
	it('puts each part in words in the reader’s language', () => {
		const en = context('en');
		expect(explainPart(part({ kind: 'theme', same: true, applicantThemeId: 't1', profileThemeId: 't1' }), en)).toBe(
			'Same theme: Gender equality'
		);
		expect(explainPart(part({ kind: 'theme', same: false, applicantThemeId: 't2', profileThemeId: 't1' }), en)).toBe(
			'Different themes: Education and Gender equality'
		);
		expect(
			explainPart(
				part({
					kind: 'challenge',
					shared: ['gender_based_violence', 'domestic_violence', 'education'],
					chosen: ['gender_based_violence', 'domestic_violence'],
					recognised: ['education'],
					applicantOnly: [],
					profileOnly: []
				}),
				en
			)
		).toBe(
			'Shared areas both chose: gender-based violence and domestic violence; ' +
				'recognised in at least one of the texts: education'
		);
		expect(
			explainPart(
				part({
					kind: 'challenge',
					shared: ['youth_participation'],
					chosen: [],
					recognised: ['youth_participation'],
					applicantOnly: [],
					profileOnly: []
				}),
				context('sv')
			)
		).toBe('Gemensamma områden, igenkända i minst en av texterna: ungdomsdelaktighet');
		expect(
			explainPart(
				part({ kind: 'challenge', shared: [], chosen: [], recognised: [], applicantOnly: ['x'], profileOnly: [] }),
				en
			)
		).toBe('No shared challenge areas');
		expect(explainPart(part({ kind: 'population', applicant: 137_000, profile: 90_000, ratio: 0.657 }), en)).toBe(
			'Population 137,000 vs 90,000 (ratio 0.66)'
		);
		expect(
			explainPart(part({ kind: 'population', applicant: 137_000, profile: 90_000, ratio: 0.657 }), context('sv'))
		).toBe('Invånare 137\u00a0000 mot 90\u00a0000 (kvot 0,66)');
		expect(explainPart(part({ kind: 'experience', partnerships: 2, sameTheme: 0, sameCountry: 1 }), en)).toBe(
			'Earlier partnerships: 2 (0 on the same theme, 1 in the same country)'
		);
		expect(explainPart(part({ kind: 'preferences', countryWanted: true, sharedLanguages: ['es'] }), en)).toBe(
			'The applicant would like a partner in Colombia; shared languages: Spanish'
		);
	});

	it('names concepts by their label in the language, and reasons in sentences', () => {
		expect(conceptLabel('gender_based_violence', 'sv')).toBe('könsrelaterat våld');
		expect(conceptLabel('gender_based_violence', 'es')).toBe('violencia de género');
		expect(conceptLabel('domestic_violence', 'sv')).toBe('våld i nära relationer');
		expect(conceptLabel('no_such_concept', 'en')).toBe('no such concept');
		expect(exclusionMessage('applicant_not_swedish', 'en')).toBe('The applicant organisation is not Swedish.');
		expect(unmatchedMessage('taken_by_better_total', 'es')).toMatch(/puntuación total/);
	});
});
