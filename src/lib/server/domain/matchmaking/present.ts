import { eq, inArray } from 'drizzle-orm';
import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, organisations, partnerProfiles, themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { suggestionsQuery } from './schemas';
import { exclusionMessage, explainPart, partName, unmatchedMessage } from './explain';
import { assignmentForCall, suggestionsForCall, type ApplicantRow, type ProfileRow } from './suggestions';
import type { ExclusionReason, ScorePart, Suggestion, UnmatchedReason } from './types';

// The engine's answers with every number put in words in the reader's language, and every id named:
// what the matching page shows and what the API answers.

export type ExplainedPart = ScorePart & { name: string; explanation: string };
export type ExplainedSuggestion = Omit<Suggestion, 'parts'> & {
	applicantName: string;
	profileName: string;
	profileCountryCode: string;
	parts: ExplainedPart[];
};
export type ExplainedReason<R extends string> = { reason: R; explanation: string };

type Names = {
	applicant: (expressionId: string) => string;
	profile: (profileId: string) => { name: string; countryCode: string };
	theme: (themeId: string) => string;
};

/** Names of both sides and of the themes the parts refer to; ids not in the lists are looked up. */
async function namesFor(
	applicants: readonly ApplicantRow[],
	profiles: readonly ProfileRow[],
	extra: { expressionIds: string[]; profileIds: string[]; themeIds: string[] },
	locale: Locale
): Promise<Names> {
	const applicantNames = new Map(applicants.map((a) => [a.expressionId, a.organisationName]));
	const profileNames = new Map(
		profiles.map((p) => [p.profileId, { name: p.organisationName, countryCode: p.countryCode }])
	);
	const missingApplicants = [...new Set(extra.expressionIds)].filter((id) => !applicantNames.has(id));
	const missingProfiles = [...new Set(extra.profileIds)].filter((id) => !profileNames.has(id));
	const themeIds = [
		...new Set([...applicants.map((a) => a.themeId), ...profiles.map((p) => p.themeId), ...extra.themeIds])
	].filter((id): id is string => !!id);
	const [moreApplicants, moreProfiles, themeRows] = await Promise.all([
		missingApplicants.length
			? db()
					.select({ id: expressionsOfInterest.id, name: organisations.name })
					.from(expressionsOfInterest)
					.innerJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
					.where(inArray(expressionsOfInterest.id, missingApplicants))
			: [],
		missingProfiles.length
			? db()
					.select({ id: partnerProfiles.id, name: organisations.name, countryCode: organisations.countryCode })
					.from(partnerProfiles)
					.innerJoin(organisations, eq(organisations.id, partnerProfiles.organisationId))
					.where(inArray(partnerProfiles.id, missingProfiles))
			: [],
		themeIds.length
			? db().select({ id: themes.id, name: themes.name }).from(themes).where(inArray(themes.id, themeIds))
			: []
	]);
	for (const row of moreApplicants) applicantNames.set(row.id, row.name);
	for (const row of moreProfiles) profileNames.set(row.id, { name: row.name, countryCode: row.countryCode });
	const themeNames = new Map(themeRows.map((t) => [t.id, localize(t.name, locale).text]));
	return {
		applicant: (id) => applicantNames.get(id) ?? '',
		profile: (id) => profileNames.get(id) ?? { name: '', countryCode: '' },
		theme: (id) => themeNames.get(id) ?? ''
	};
}

function themeIdsOf(suggestions: readonly Suggestion[]): string[] {
	return suggestions.flatMap((s) =>
		s.parts.flatMap((part) =>
			part.detail.kind === 'theme' ? [part.detail.profileThemeId, part.detail.applicantThemeId ?? ''] : []
		)
	);
}

function explain(suggestion: Suggestion, names: Names, locale: Locale): ExplainedSuggestion {
	const profile = names.profile(suggestion.profileId);
	return {
		...suggestion,
		applicantName: names.applicant(suggestion.expressionId),
		profileName: profile.name,
		profileCountryCode: profile.countryCode,
		parts: suggestion.parts.map((part) => ({
			...part,
			name: partName(part.key, locale),
			explanation: explainPart(part, { locale, themeName: names.theme, profileCountryCode: profile.countryCode })
		}))
	};
}

/**
 * suggestionsForCall with each part named and explained and each pair's sides named; each exclusion
 * with its sentence. Staff only (not found otherwise); a call that is not a partner search is invalid.
 */
export async function explainedSuggestions(
	actor: Actor,
	callId: string,
	options: { expressionId?: string; profileId?: string; limit?: number },
	locale: Locale
) {
	const result = await suggestionsForCall(actor, callId, options);
	const names = await namesFor(
		result.applicants,
		result.profiles,
		{
			expressionIds: result.excluded.map((e) => e.expressionId),
			profileIds: result.excluded.map((e) => e.profileId),
			themeIds: themeIdsOf(result.suggestions)
		},
		locale
	);
	return {
		call: result.call,
		applicants: result.applicants,
		profiles: result.profiles,
		suggestions: result.suggestions.map((s) => explain(s, names, locale)),
		excluded: result.excluded.map((e) => ({
			expressionId: e.expressionId,
			profileId: e.profileId,
			applicantName: names.applicant(e.expressionId),
			profileName: names.profile(e.profileId).name,
			reasons: e.reasons.map((reason): ExplainedReason<ExclusionReason> => ({
				reason,
				explanation: exclusionMessage(reason, locale)
			}))
		}))
	};
}

export type ExplainedSuggestions = Awaited<ReturnType<typeof explainedSuggestions>>;

/** explainedSuggestions for query parameters (`expression`, `profile`, `limit`), checked after the policy. */
export async function explainedSuggestionsFor(actor: Actor, callId: string, query: unknown, locale: Locale) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const { expression, profile, limit } = parseInput(suggestionsQuery, query);
	return explainedSuggestions(actor, callId, { expressionId: expression, profileId: profile, limit }, locale);
}

/** assignmentForCall with the pairs explained and every one left out named, with the reason in words. */
export async function explainedAssignment(actor: Actor, callId: string, locale: Locale) {
	const result = await assignmentForCall(actor, callId);
	const { assignment } = result;
	const names = await namesFor(
		result.applicants,
		result.profiles,
		{ expressionIds: [], profileIds: [], themeIds: themeIdsOf(assignment.pairs) },
		locale
	);
	const because = (reason: UnmatchedReason): ExplainedReason<UnmatchedReason> => ({
		reason,
		explanation: unmatchedMessage(reason, locale)
	});
	return {
		call: result.call,
		applicants: result.applicants,
		profiles: result.profiles,
		assignment: {
			total: assignment.total,
			pairs: assignment.pairs.map((pair) => explain(pair, names, locale)),
			unmatchedApplicants: assignment.unmatchedApplicants.map((u) => ({
				expressionId: u.expressionId,
				name: names.applicant(u.expressionId),
				...because(u.reason)
			})),
			unmatchedProfiles: assignment.unmatchedProfiles.map((u) => ({
				profileId: u.profileId,
				name: names.profile(u.profileId).name,
				remaining: u.remaining,
				...because(u.reason)
			}))
		}
	};
}

export type ExplainedAssignment = Awaited<ReturnType<typeof explainedAssignment>>;
