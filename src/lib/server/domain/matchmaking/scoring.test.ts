import { describe, expect, it } from 'vitest';
import { exclusionsFor } from './eligibility';
import { pairTotal, prepareTotals, scorePair, weights } from './scoring';
import type { EarlierPartnership, MatchApplicant, MatchContext, MatchProfile } from './types';

const applicant = (overrides: Partial<MatchApplicant> = {}): MatchApplicant => ({
	expressionId: 'e1',
	organisationId: 'se-1',
	organisationName: 'Ale kommun',
	countryCode: 'SE',
	status: 'submitted',
	themeId: 'theme-gender',
	population: 30_000,
	concepts: ['domestic_violence', 'gender_based_violence', 'education'],
	chosenConcepts: [],
	preferredCountryCodes: [],
	languages: ['sv', 'en'],
	...overrides
});

const profile = (overrides: Partial<MatchProfile> = {}): MatchProfile => ({
	profileId: 'p1',
	organisationId: 'co-1',
	organisationName: 'Municipio de Soacha',
	countryCode: 'CO',
	status: 'published',
	themeId: 'theme-gender',
	population: 60_000,
	concepts: ['domestic_violence', 'gender_based_violence'],
	chosenConcepts: [],
	languages: ['es', 'en'],
	maxMatches: 1,
	matched: 0,
	...overrides
});

const context = (partnerships: EarlierPartnership[] = []): MatchContext => ({
	programmeCountryCodes: new Set(['CO', 'GT', 'ZA']),
	partnershipsOf: new Map([['se-1', partnerships]])
});

const partOf = (key: string, a = applicant(), p = profile(), c = context()) =>
	scorePair(a, p, c).parts.find((part) => part.key === key)!;

describe('scorePair', () => {
	it('has weights that add up to 100 and a total that is the sum of the points', () => {
		expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(100);
		const suggestion = scorePair(applicant(), profile(), context());
		const sum = suggestion.parts.reduce((total, part) => total + part.score * part.weight, 0);
		expect(suggestion.total).toBe(Math.round(sum * 10) / 10);
		expect(suggestion.total).toBe(pairTotal(applicant(), profile(), context()));
		expect(suggestion.parts.map((p) => p.key)).toEqual([
			'theme',
			'challenge',
			'preferences',
			'population',
			'experience'
		]);
	});

	it('scores the theme 1 only when the applicant chose the profile’s theme', () => {
		expect(partOf('theme').score).toBe(1);
		expect(partOf('theme', applicant({ themeId: 'other' })).score).toBe(0);
		const none = partOf('theme', applicant({ themeId: null }));
		expect(none.score).toBe(0);
		expect(none.detail).toEqual({ kind: 'theme', same: false, applicantThemeId: null, profileThemeId: 'theme-gender' });
	});

	it('scores the challenge by shared concepts and lists each side', () => {
		const part = partOf('challenge');
		expect(part.score).toBeCloseTo(2 / Math.sqrt(6), 4);
		expect(part.detail).toEqual({
			kind: 'challenge',
			shared: ['domestic_violence', 'gender_based_violence'],
			chosen: [],
			recognised: ['domestic_violence', 'gender_based_violence'],
			applicantOnly: ['education'],
			profileOnly: []
		});
		expect(partOf('challenge', applicant({ concepts: [] })).score).toBe(0);
		expect(partOf('challenge', applicant({ concepts: ['waste_management'] })).score).toBe(0);
		expect(partOf('challenge', applicant({ concepts: ['a', 'b'] }), profile({ concepts: ['b', 'a'] })).score).toBe(1);
	});

	it('tells the shared areas both sides chose from those one side has only from its text', () => {
		const chose = partOf(
			'challenge',
			applicant({ chosenConcepts: ['domestic_violence', 'education'] }),
			profile({ chosenConcepts: ['domestic_violence', 'gender_based_violence'] })
		);
		expect(chose.detail).toMatchObject({
			shared: ['domestic_violence', 'gender_based_violence'],
			chosen: ['domestic_violence'],
			recognised: ['gender_based_violence']
		});
		// Where an area comes from does not change the score: only which areas the two sides have.
		expect(chose.score).toBe(partOf('challenge').score);
	});

	it('scores preferences by the wanted country and a shared language, unknown as 0.5', () => {
		const stated = partOf('preferences', applicant({ preferredCountryCodes: ['CO'] }));
		expect(stated.score).toBe(1);
		expect(stated.detail).toEqual({ kind: 'preferences', countryWanted: true, sharedLanguages: ['en'] });
		expect(partOf('preferences', applicant({ preferredCountryCodes: ['GT'] })).score).toBe(0.5);
		const noCountry = partOf('preferences', applicant(), profile({ languages: ['es'] }));
		expect(noCountry.score).toBe(0);
		expect(noCountry.detail).toEqual({ kind: 'preferences', countryWanted: null, sharedLanguages: [] });
		expect(partOf('preferences', applicant({ languages: [] })).score).toBe(0.5);
	});

	it('scores the population ratio, and an unknown population as 0.5', () => {
		const part = partOf('population');
		expect(part.score).toBe(0.5);
		expect(part.detail).toEqual({ kind: 'population', applicant: 30_000, profile: 60_000, ratio: 0.5 });
		expect(partOf('population', applicant({ population: 60_000 })).score).toBe(1);
		const unknown = partOf('population', applicant({ population: null }));
		expect(unknown.score).toBe(0.5);
		expect(unknown.detail).toEqual({ kind: 'population', applicant: null, profile: 60_000, ratio: null });
	});

	it('scores experience: partnerships, on the same theme, in the same country', () => {
		expect(partOf('experience').score).toBe(0);
		const earlier = (themeId: string, country: string): EarlierPartnership => ({
			partnershipId: `${themeId}-${country}`,
			themeId,
			phase: 'completed',
			partnerOrganisationIds: ['x'],
			partnerCountryCodes: [country]
		});
		const one = partOf('experience', applicant(), profile(), context([earlier('theme-other', 'ZA')]));
		expect(one.score).toBeCloseTo(0.4 / 3, 4);
		const all = partOf(
			'experience',
			applicant(),
			profile(),
			context([earlier('theme-gender', 'ZA'), earlier('theme-other', 'CO'), earlier('theme-other', 'ZA')])
		);
		expect(all.score).toBe(1);
		expect(all.detail).toEqual({ kind: 'experience', partnerships: 3, sameTheme: 1, sameCountry: 1 });
	});

	it('ranks a closer challenge above a farther one', () => {
		const close = pairTotal(applicant(), profile(), context());
		const far = pairTotal(applicant(), profile({ concepts: ['waste_management'], themeId: 'theme-env' }), context());
		expect(close).toBeGreaterThan(far);
	});
});

describe('exclusionsFor', () => {
	it('lets an eligible pair through', () => {
		expect(exclusionsFor(applicant(), profile(), context())).toEqual([]);
		for (const status of ['under_review', 'shortlisted'])
			expect(exclusionsFor(applicant({ status }), profile(), context())).toEqual([]);
	});

	it('gives every reason that applies, in a fixed order', () => {
		expect(
			exclusionsFor(
				applicant({ countryCode: 'NO', status: 'withdrawn', organisationId: 'co-1' }),
				profile({ status: 'draft', matched: 1, countryCode: 'BR' }),
				context()
			)
		).toEqual([
			'applicant_not_swedish',
			'applicant_status',
			'profile_not_published',
			'profile_full',
			'same_organisation',
			'country_not_in_programme'
		]);
		for (const status of ['draft', 'matched', 'declined', 'withdrawn'])
			expect(exclusionsFor(applicant({ status }), profile(), context())).toEqual(['applicant_status']);
		expect(exclusionsFor(applicant(), profile({ maxMatches: 2, matched: 1 }), context())).toEqual([]);
	});

	it('excludes organisations already partners, unless that partnership ended', () => {
		const together = (phase: string): EarlierPartnership => ({
			partnershipId: 'x',
			themeId: 't',
			phase,
			partnerOrganisationIds: ['co-1'],
			partnerCountryCodes: ['CO']
		});
		for (const phase of ['application', 'inception', 'project', 'expansion', 'dissemination'])
			expect(exclusionsFor(applicant(), profile(), context([together(phase)]))).toEqual(['already_partners']);
		for (const phase of ['completed', 'terminated'])
			expect(exclusionsFor(applicant(), profile(), context([together(phase)]))).toEqual([]);
	});
});

describe('prepareTotals', () => {
	it('gives exactly pairTotal for every pair', () => {
		const concepts = ['a', 'b', 'c', 'd', 'e', 'f'];
		const some = (list: string[]) => list.filter(() => Math.random() < 0.4);
		const applicants = Array.from({ length: 12 }, (_, i) =>
			applicant({
				expressionId: `e${i}`,
				organisationId: i % 2 ? 'se-1' : `se-${i}`,
				themeId: i % 3 ? `t${i % 4}` : null,
				population: i % 5 ? 1000 * (i + 1) : null,
				concepts: some(concepts),
				preferredCountryCodes: some(['CO', 'GT', 'ZA']),
				languages: some(['sv', 'en', 'es'])
			})
		);
		const profiles = Array.from({ length: 12 }, (_, j) =>
			profile({
				profileId: `p${j}`,
				themeId: `t${j % 4}`,
				countryCode: ['CO', 'GT', 'ZA'][j % 3]!,
				population: j % 4 ? 2000 * (j + 1) : null,
				concepts: some(concepts),
				languages: some(['sv', 'en', 'es'])
			})
		);
		const c = context([
			{
				partnershipId: 'x',
				themeId: 't1',
				phase: 'completed',
				partnerOrganisationIds: ['o'],
				partnerCountryCodes: ['GT']
			}
		]);
		const total = prepareTotals(applicants, profiles, c);
		applicants.forEach((a, i) => profiles.forEach((p, j) => expect(total(i, j)).toBe(pairTotal(a, p, c))));
	});
});
