// The shapes matchmaking reads and answers with: what the suggestions page, the API and accepting a
// match share. Scores are explained part by part so that a person can check each one.

/** The parts of a pair's score, each 0–1 and weighted; the total is their weighted sum, 0–100. */
export const scorePartKeys = ['theme', 'challenge', 'preferences', 'population', 'experience'] as const;
export type ScorePartKey = (typeof scorePartKeys)[number];

export type ScorePart = {
	key: ScorePartKey;
	/** 0–1. */
	score: number;
	/** The part's weight; `points` = score × weight, and the weights add up to 100. */
	weight: number;
	points: number;
	/** What the part was computed from, for the page to explain in the reader's language. */
	detail: ScoreDetail;
};

export type ScoreDetail =
	| { kind: 'theme'; same: boolean; applicantThemeId: string | null; profileThemeId: string }
	| {
			kind: 'challenge';
			shared: string[];
			/** Of `shared`, the areas both sides chose from the list. */
			chosen: string[];
			/** Of `shared`, the areas at least one side has only because they were recognised in its text. */
			recognised: string[];
			applicantOnly: string[];
			profileOnly: string[];
	  }
	| { kind: 'preferences'; countryWanted: boolean | null; sharedLanguages: string[] }
	| { kind: 'population'; applicant: number | null; profile: number | null; ratio: number | null }
	| { kind: 'experience'; partnerships: number; sameTheme: number; sameCountry: number };

/** Why a pair may not be matched at all (the hard filter). */
export const exclusionReasons = [
	'applicant_not_swedish',
	'applicant_status',
	'profile_not_published',
	'profile_full',
	'same_organisation',
	'country_not_in_programme',
	'already_partners'
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export type Suggestion = {
	expressionId: string;
	profileId: string;
	/** 0–100, rounded to one decimal. */
	total: number;
	parts: ScorePart[];
};

/** Why "suggest for all" left an applicant or a profile without a pair. */
export type UnmatchedReason =
	/** Every profile was excluded for this applicant (or the applicant for every profile). */
	| 'no_eligible_pair'
	/** Eligible pairs existed, but the best total gave them to others. */
	| 'taken_by_better_total'
	/** A profile that is already matched as many times as it allows. */
	| 'full';

export type Assignment = {
	pairs: Suggestion[];
	/** The sum of the pairs' totals, which the assignment maximises. */
	total: number;
	unmatchedApplicants: { expressionId: string; reason: UnmatchedReason }[];
	unmatchedProfiles: { profileId: string; remaining: number; reason: UnmatchedReason }[];
};

/** An applicant (an expression of interest with its organisation) as scoring and eligibility read it. */
export type MatchApplicant = {
	expressionId: string;
	organisationId: string;
	organisationName: string;
	countryCode: string;
	status: string;
	themeId: string | null;
	population: number | null;
	/** The areas chosen and those recognised in the challenge, together (areas.ts `allAreas`). */
	concepts: readonly string[];
	/** Of `concepts`, the ones chosen from the list. */
	chosenConcepts: readonly string[];
	preferredCountryCodes: readonly string[];
	languages: readonly string[];
};

/** A partner-seeking profile with its organisation, and how many matches it has already. */
export type MatchProfile = {
	profileId: string;
	organisationId: string;
	organisationName: string;
	countryCode: string;
	status: string;
	themeId: string;
	population: number | null;
	/** The areas chosen and those recognised in the challenge, together. */
	concepts: readonly string[];
	/** Of `concepts`, the ones chosen from the list. */
	chosenConcepts: readonly string[];
	languages: readonly string[];
	maxMatches: number;
	matched: number;
};

/** A partnership an applicant organisation is or was a party to: experience, and "already partners". */
export type EarlierPartnership = {
	partnershipId: string;
	themeId: string;
	phase: string;
	/** The other parties (not the applicant organisation). */
	partnerOrganisationIds: readonly string[];
	partnerCountryCodes: readonly string[];
};

/** What scoring and eligibility need besides the pair: the programme's countries and past partnerships. */
export type MatchContext = {
	programmeCountryCodes: ReadonlySet<string>;
	/** By applicant organisation id. */
	partnershipsOf: ReadonlyMap<string, readonly EarlierPartnership[]>;
};
