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
//   challenge 35  the vocabulary concepts both challenges speak of (cosine of the two sets)
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
	const wanted = countryWanted(applicant, profile);
	const languagesKnown = applicant.languages.length > 0 && profile.languages.length > 0;
	let sum = 0;
	let known = 0;
	if (wanted !== null) {
		sum += wanted ? 1 : 0;
		known++;
	}
	if (languagesKnown) {
		sum += sharedCount(applicant.languages, profile.languages) > 0 ? 1 : 0;
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
	return (0.4 * Math.min(e.partnerships, 3)) / 3 + (e.sameTheme > 0 ? 0.3 : 0) + (e.sameCountry > 0 ? 0.3 : 0);
}

export function experienceScore(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): number {
	return experienceFrom(experienceOf(applicant, profile, context));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The pair's total (0–100, one decimal), exactly as `scorePair` gives it. */
export function pairTotal(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): number {
	return round(
		weights.theme * themeScore(applicant, profile) +
			weights.challenge * challengeScore(applicant, profile) +
			weights.preferences * preferencesScore(applicant, profile) +
			weights.population * populationScore(applicant, profile) +
			weights.experience * experienceScore(applicant, profile, context),
		1
	);
}

function part(key: ScorePartKey, score: number, detail: ScoreDetail): ScorePart {
	return { key, score: round(score, 4), weight: weights[key], points: round(score * weights[key], 2), detail };
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
			shared: applicant.concepts.filter((c) => profile.concepts.includes(c)),
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
