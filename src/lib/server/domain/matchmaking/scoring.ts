import type {
	MatchApplicant,
	MatchContext,
	MatchProfile,
	ScoreDetail,
	ScorePart,
	ScorePartKey,
	Suggestion
} from './types';

// How close an applicant and a profile are, part by part (docs/decisions/0011-matchmaking.md). Each part
// is 0–1 and weighted; the weights add up to 100, so the total reads as points out of 100:
//   challenge 35  the challenge areas both sides have, chosen or recognised in the text (cosine of the sets)
//   theme     25  the applicant chose the profile's theme
//   prefs     15  the profile's country is among those the applicant prefers; a shared working language
//   population 15 the smaller population over the larger (similar sizes work alike)
//   experience 10 the applicant organisation's partnerships: any, on this theme, in this country
// Unknowns score 0.5 (neither helps nor hurts) and the detail says so with nulls.
// `pairTotal` computes the same total as `scorePair` without building the explanation, for ranking
// and assigning hundreds of thousands of pairs.

export const weights: Record<ScorePartKey, number> = {
	theme: 25,
	challenge: 35,
	preferences: 15,
	population: 15,
	experience: 10
};

const UNKNOWN = 0.5;

export function themeScore(applicant: MatchApplicant, profile: MatchProfile): number {
	return applicant.themeId !== null && applicant.themeId === profile.themeId ? 1 : 0;
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
	let shared = 0;
	for (const x of a) if (b.includes(x)) shared++;
	return shared;
}

/** |A∩B| / sqrt(|A|·|B|): 1 when both speak of the same concepts, 0 when either speaks of none. */
export function challengeScore(applicant: MatchApplicant, profile: MatchProfile): number {
	const a = applicant.concepts;
	const b = profile.concepts;
	if (!a.length || !b.length) return 0;
	return sharedCount(a, b) / Math.sqrt(a.length * b.length);
}

function countryWanted(applicant: MatchApplicant, profile: MatchProfile): boolean | null {
	return applicant.preferredCountryCodes.length ? applicant.preferredCountryCodes.includes(profile.countryCode) : null;
}

/**
 * The mean of what is known: the country (when the applicant stated preferred countries) and a shared
 * working language (when both stated languages); 0.5 when neither is known.
 */
export function preferencesScore(applicant: MatchApplicant, profile: MatchProfile): number {
	const languagesKnown = applicant.languages.length > 0 && profile.languages.length > 0;
	return preferencesValue(
		countryWanted(applicant, profile),
		languagesKnown,
		languagesKnown && sharedCount(applicant.languages, profile.languages) > 0
	);
}

function preferencesValue(wanted: boolean | null, languagesKnown: boolean, languageShared: boolean): number {
	let sum = 0;
	let known = 0;
	if (wanted !== null) {
		sum += wanted ? 1 : 0;
		known++;
	}
	if (languagesKnown) {
		sum += languageShared ? 1 : 0;
		known++;
	}
	return known ? sum / known : UNKNOWN;
}

function populationRatio(applicant: MatchApplicant, profile: MatchProfile): number | null {
	const a = applicant.population;
	const b = profile.population;
	if (!a || !b) return null;
	return Math.min(a, b) / Math.max(a, b);
}

export function populationScore(applicant: MatchApplicant, profile: MatchProfile): number {
	return populationRatio(applicant, profile) ?? UNKNOWN;
}

type Experience = { partnerships: number; sameTheme: number; sameCountry: number };

function experienceOf(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): Experience {
	const list = context.partnershipsOf.get(applicant.organisationId) ?? [];
	let sameTheme = 0;
	let sameCountry = 0;
	for (const p of list) {
		if (p.themeId === profile.themeId) sameTheme++;
		if (p.partnerCountryCodes.includes(profile.countryCode)) sameCountry++;
	}
	return { partnerships: list.length, sameTheme, sameCountry };
}

/** 0.4 for partnerships (full at three), 0.3 for one on the profile's theme, 0.3 for one in its country. */
function experienceFrom(e: Experience): number {
	return experienceValue(e.partnerships, e.sameTheme > 0, e.sameCountry > 0);
}

function experienceValue(partnerships: number, sameTheme: boolean, sameCountry: boolean): number {
	return (0.4 * Math.min(partnerships, 3)) / 3 + (sameTheme ? 0.3 : 0) + (sameCountry ? 0.3 : 0);
}

export function experienceScore(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): number {
	return experienceFrom(experienceOf(applicant, profile, context));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The pair's total (0–100, one decimal), exactly as `scorePair` gives it. */
export function pairTotal(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): number {
	return combine(
		themeScore(applicant, profile),
		challengeScore(applicant, profile),
		preferencesScore(applicant, profile),
		populationScore(applicant, profile),
		experienceScore(applicant, profile, context)
	);
}

function combine(theme: number, challenge: number, preferences: number, population: number, experience: number) {
	return round(
		weights.theme * theme +
			weights.challenge * challenge +
			weights.preferences * preferences +
			weights.population * population +
			weights.experience * experience,
		1
	);
}

/** Sets of strings as bit words over one shared index, so that an intersection is a few ANDs. */
class BitSets {
	private index = new Map<string, number>();
	constructor(lists: readonly (readonly string[])[]) {
		for (const list of lists) for (const item of list) if (!this.index.has(item)) this.index.set(item, this.index.size);
		this.words = Math.max(1, Math.ceil(this.index.size / 32));
	}
	readonly words: number;
	encode(lists: readonly (readonly string[])[]): Uint32Array {
		const bits = new Uint32Array(lists.length * this.words);
		lists.forEach((list, i) => {
			for (const item of list) {
				const at = this.index.get(item)!;
				bits[i * this.words + (at >>> 5)]! |= 1 << (at & 31);
			}
		});
		return bits;
	}
	shared(a: Uint32Array, i: number, b: Uint32Array, j: number): number {
		let count = 0;
		for (let w = 0; w < this.words; w++) count += popcount(a[i * this.words + w]! & b[j * this.words + w]!);
		return count;
	}
}

function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * `pairTotal` for every pair of two lists, prepared once (concepts and languages as bit sets, each
 * applicant's experience by theme and country) so that a pair costs a few operations: what ranking
 * 300 × 2,000 pairs needs. Gives exactly pairTotal's numbers (the same formulas, in the same order).
 */
export function prepareTotals(
	applicants: readonly MatchApplicant[],
	profiles: readonly MatchProfile[],
	context: MatchContext
): (applicant: number, profile: number) => number {
	const unique = (list: readonly string[]) => [...new Set(list)];
	const concepts = new BitSets([...applicants.map((a) => a.concepts), ...profiles.map((p) => p.concepts)]);
	const aConcepts = concepts.encode(applicants.map((a) => unique(a.concepts)));
	const pConcepts = concepts.encode(profiles.map((p) => unique(p.concepts)));
	const aConceptCount = applicants.map((a) => a.concepts.length);
	const pConceptCount = profiles.map((p) => p.concepts.length);
	const languages = new BitSets([...applicants.map((a) => a.languages), ...profiles.map((p) => p.languages)]);
	const aLanguages = languages.encode(applicants.map((a) => a.languages));
	const pLanguages = languages.encode(profiles.map((p) => p.languages));
	const wanted = applicants.map((a) => (a.preferredCountryCodes.length ? new Set(a.preferredCountryCodes) : null));
	const experience = applicants.map((a) => {
		const list = context.partnershipsOf.get(a.organisationId) ?? [];
		return {
			count: list.length,
			themes: new Set(list.map((p) => p.themeId)),
			countries: new Set(list.flatMap((p) => p.partnerCountryCodes))
		};
	});
	return (i, j) => {
		const a = applicants[i]!;
		const p = profiles[j]!;
		const na = aConceptCount[i]!;
		const nb = pConceptCount[j]!;
		const languagesKnown = a.languages.length > 0 && p.languages.length > 0;
		const countries = wanted[i]!;
		const e = experience[i]!;
		return combine(
			a.themeId !== null && a.themeId === p.themeId ? 1 : 0,
			na && nb ? concepts.shared(aConcepts, i, pConcepts, j) / Math.sqrt(na * nb) : 0,
			preferencesValue(
				countries ? countries.has(p.countryCode) : null,
				languagesKnown,
				languagesKnown && languages.shared(aLanguages, i, pLanguages, j) > 0
			),
			populationScore(a, p),
			experienceValue(e.count, e.themes.has(p.themeId), e.countries.has(p.countryCode))
		);
	};
}

function part(key: ScorePartKey, score: number, detail: ScoreDetail): ScorePart {
	return { key, score: round(score, 4), weight: weights[key], points: round(score * weights[key], 2), detail };
}

/** The areas both sides have, and which of them both chose rather than one only recognised in a text. */
function sharedAreas(applicant: MatchApplicant, profile: MatchProfile) {
	const shared = applicant.concepts.filter((c) => profile.concepts.includes(c));
	const chosen = shared.filter((c) => applicant.chosenConcepts.includes(c) && profile.chosenConcepts.includes(c));
	return { shared, chosen, recognised: shared.filter((c) => !chosen.includes(c)) };
}

/** The pair's score with each part explained. Eligibility is separate: see eligibility.ts. */
export function scorePair(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): Suggestion {
	const experience = experienceOf(applicant, profile, context);
	const parts: ScorePart[] = [
		part('theme', themeScore(applicant, profile), {
			kind: 'theme',
			same: themeScore(applicant, profile) === 1,
			applicantThemeId: applicant.themeId,
			profileThemeId: profile.themeId
		}),
		part('challenge', challengeScore(applicant, profile), {
			kind: 'challenge',
			...sharedAreas(applicant, profile),
			applicantOnly: applicant.concepts.filter((c) => !profile.concepts.includes(c)),
			profileOnly: profile.concepts.filter((c) => !applicant.concepts.includes(c))
		}),
		part('preferences', preferencesScore(applicant, profile), {
			kind: 'preferences',
			countryWanted: countryWanted(applicant, profile),
			sharedLanguages: applicant.languages.filter((l) => profile.languages.includes(l))
		}),
		part('population', populationScore(applicant, profile), {
			kind: 'population',
			applicant: applicant.population,
			profile: profile.population,
			ratio: populationRatio(applicant, profile)
		}),
		part('experience', experienceFrom(experience), { kind: 'experience', ...experience })
	];
	return {
		expressionId: applicant.expressionId,
		profileId: profile.profileId,
		total: pairTotal(applicant, profile, context),
		parts
	};
}
