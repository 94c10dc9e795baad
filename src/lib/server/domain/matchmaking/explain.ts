import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';
import { formatList, formatNumber, formatPopulation, languageName } from '$lib/format';
import { countryName } from '../countries/names';
import type { ExclusionReason, ScorePart, ScorePartKey, UnmatchedReason } from './types';
import { vocabulary } from './vocabulary';

// Scores and refusals in words, in the reader's language: what the matching page and the API show
// beside each number, so that staff can check every point of a suggestion.

type Options = { locale?: Locale };
const opts = (locale?: Locale) => (locale ? { locale } : undefined);

const partNames: Record<ScorePartKey, (inputs?: object, options?: Options) => string> = {
	theme: m.matchmaking_part_theme,
	challenge: m.matchmaking_part_challenge,
	preferences: m.matchmaking_part_preferences,
	population: m.matchmaking_part_population,
	experience: m.matchmaking_part_experience
};

export function partName(key: ScorePartKey, locale?: Locale): string {
	return partNames[key]({}, opts(locale));
}

const exclusionMessages: Record<ExclusionReason, (inputs?: object, options?: Options) => string> = {
	applicant_not_swedish: m.matchmaking_exclusion_applicant_not_swedish,
	applicant_status: m.matchmaking_exclusion_applicant_status,
	profile_not_published: m.matchmaking_exclusion_profile_not_published,
	profile_full: m.matchmaking_exclusion_profile_full,
	same_organisation: m.matchmaking_exclusion_same_organisation,
	country_not_in_programme: m.matchmaking_exclusion_country_not_in_programme,
	already_partners: m.matchmaking_exclusion_already_partners
};

/** Why a pair may not be matched, as a sentence. */
export function exclusionMessage(reason: ExclusionReason, locale?: Locale): string {
	return exclusionMessages[reason]({}, opts(locale));
}

const unmatchedMessages: Record<UnmatchedReason, (inputs?: object, options?: Options) => string> = {
	no_eligible_pair: m.matchmaking_unmatched_no_eligible_pair,
	taken_by_better_total: m.matchmaking_unmatched_taken_by_better_total,
	full: m.matchmaking_unmatched_full
};

/** Why "suggest for all" left an applicant or a profile without a pair, as a sentence. */
export function unmatchedMessage(reason: UnmatchedReason, locale: Locale): string {
	return unmatchedMessages[reason]({}, { locale });
}

const concepts = new Map(vocabulary.map((concept) => [concept.key, concept]));

/**
 * A vocabulary concept in the reader's language: its label there ("könsrelaterat våld",
 * "violencia de género"), or the key when the vocabulary no longer has it (a stored set from before).
 */
export function conceptLabel(key: string, locale: Locale): string {
	return concepts.get(key)?.label[locale] ?? key.replaceAll('_', ' ');
}

export type PartContext = {
	locale: Locale;
	/** A theme's name in the reader's language, by id. */
	themeName: (id: string) => string;
	/** The profile organisation's country. */
	profileCountryCode: string;
};

/** One part of a pair's score in plain words: "Same theme: Gender equality", "Population 137,000 vs 90,000 (ratio 0.66)". */
export function explainPart(part: ScorePart, { locale, themeName, profileCountryCode }: PartContext): string {
	const o = { locale };
	const detail = part.detail;
	switch (detail.kind) {
		case 'theme':
			if (detail.same) return m.matchmaking_explain_theme_same({ theme: themeName(detail.profileThemeId) }, o);
			if (!detail.applicantThemeId)
				return m.matchmaking_explain_theme_none({ profile: themeName(detail.profileThemeId) }, o);
			return m.matchmaking_explain_theme_different(
				{ applicant: themeName(detail.applicantThemeId), profile: themeName(detail.profileThemeId) },
				o
			);
		case 'challenge': {
			if (detail.shared.length === 0) return m.matchmaking_explain_challenge_none({}, o);
			const named = (keys: readonly string[]) =>
				formatList(
					keys.map((key) => conceptLabel(key, locale)),
					locale
				);
			// Staff see which shared areas rest on both sides' choice and which on words in a text.
			if (!detail.recognised.length)
				return m.matchmaking_explain_challenge_chosen({ concepts: named(detail.chosen) }, o);
			if (!detail.chosen.length)
				return m.matchmaking_explain_challenge_shared({ concepts: named(detail.recognised) }, o);
			return m.matchmaking_explain_challenge_both(
				{ chosen: named(detail.chosen), recognised: named(detail.recognised) },
				o
			);
		}
		case 'preferences': {
			const country = countryName(profileCountryCode, locale);
			const wish =
				detail.countryWanted === null
					? m.matchmaking_explain_country_any({}, o)
					: detail.countryWanted
						? m.matchmaking_explain_country_wanted({ country }, o)
						: m.matchmaking_explain_country_not_wanted({ country }, o);
			const languages =
				detail.sharedLanguages.length > 0
					? m.matchmaking_explain_languages_shared(
							{
								languages: formatList(
									detail.sharedLanguages.map((code) => language(code, locale)),
									locale
								)
							},
							o
						)
					: m.matchmaking_explain_languages_none({}, o);
			return `${wish}; ${languages}`;
		}
		case 'population':
			if (detail.applicant === null || detail.profile === null || detail.ratio === null)
				return m.matchmaking_explain_population_unknown({}, o);
			return m.matchmaking_explain_population(
				{
					applicant: formatPopulation(detail.applicant, locale),
					profile: formatPopulation(detail.profile, locale),
					ratio: formatNumber(detail.ratio, locale, { maximumFractionDigits: 2 })
				},
				o
			);
		case 'experience':
			return m.matchmaking_explain_experience(
				{
					partnerships: formatNumber(detail.partnerships, locale),
					sameTheme: formatNumber(detail.sameTheme, locale),
					sameCountry: formatNumber(detail.sameCountry, locale)
				},
				o
			);
	}
}

function language(code: string, locale: Locale): string {
	try {
		return languageName(code as Locale, locale);
	} catch {
		return code;
	}
}
