import { db, type Executor } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { matchableStatuses, type ExpressionStatus } from '../expressions/statuses';
import { assign } from './assignment';
import { refreshStaleConcepts } from './concepts';
import { alreadyPartners, applicantExclusions, exclusionsFor, profileExclusions } from './eligibility';
import { loadCallData, loadPartnerSearchCall, type CallData, type CallSummary } from './load';
import { prepareTotals, scorePair } from './scoring';
import type { Assignment, ExclusionReason, MatchApplicant, MatchProfile, Suggestion } from './types';

// Staff's matchmaking for a partner-search call: ranked suggestions with each part explained, the
// exclusions of one side, and "suggest for all". Concepts are brought up to date first; then the call
// is read in a few queries and every pair is scored in memory (pairTotal for all, the full explanation
// only for the pairs returned; prepareTotals gives pairTotal's numbers fast).

export type ApplicantRow = Pick<
	MatchApplicant,
	'expressionId' | 'organisationId' | 'organisationName' | 'countryCode' | 'status' | 'themeId' | 'population'
>;
export type ProfileRow = Pick<
	MatchProfile,
	| 'profileId'
	| 'organisationId'
	| 'organisationName'
	| 'countryCode'
	| 'themeId'
	| 'population'
	| 'maxMatches'
	| 'matched'
>;
export type SuggestionsResult = {
	call: CallSummary;
	/** The answers that may be matched (submitted, under review, shortlisted), by organisation name. */
	applicants: ApplicantRow[];
	/** The published profiles, by organisation name, with how many matches they have and allow. */
	profiles: ProfileRow[];
	suggestions: Suggestion[];
	/** Only when one side is given: the pairs of that side that may not be matched, and why. */
	excluded: { expressionId: string; profileId: string; reasons: ExclusionReason[] }[];
};

export const DEFAULT_SUGGESTIONS = 100;
export const MAX_SUGGESTIONS = 2000;

const collator = new Intl.Collator('sv');
const byName = <T extends { organisationName: string }>(a: T, b: T) =>
	collator.compare(a.organisationName, b.organisationName);

function requireStaff(actor: Actor) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
}

/** Checks the call (not found, or not a partner-search call) before writing, then refreshes and reads it. */
async function loadFresh(callId: string): Promise<CallData> {
	await loadPartnerSearchCall(db(), callId);
	await refreshStaleConcepts(db(), callId);
	return loadCallData(db(), callId);
}

/** The listed sides: the answers that may be matched and the published profiles, by name. */
function listed(data: CallData) {
	const applicants = data.applicants
		.filter((a) => matchableStatuses.includes(a.status as ExpressionStatus))
		.sort((a, b) => byName(a, b) || (a.expressionId < b.expressionId ? -1 : 1));
	const profiles = data.profiles
		.filter((p) => p.status === 'published')
		.sort((a, b) => byName(a, b) || (a.profileId < b.profileId ? -1 : 1));
	return { applicants, profiles };
}

/** Every eligible pair of the lists, with its total; `visit` is called once per pair. */
function forEachEligible(
	data: CallData,
	applicants: readonly MatchApplicant[],
	profiles: readonly MatchProfile[],
	visit: (a: number, p: number, total: number) => void
) {
	const total = prepareTotals(applicants, profiles, data.context);
	const applicantOk = applicants.map((a) => applicantExclusions(a).length === 0);
	const profileOk = profiles.map((p) => profileExclusions(p, data.context).length === 0);
	for (let i = 0; i < applicants.length; i++) {
		if (!applicantOk[i]) continue;
		const applicant = applicants[i]!;
		for (let j = 0; j < profiles.length; j++) {
			if (!profileOk[j]) continue;
			const profile = profiles[j]!;
			if (applicant.organisationId === profile.organisationId) continue;
			if (alreadyPartners(applicant, profile, data.context)) continue;
			visit(i, j, total(i, j));
		}
	}
}

function applicantRow(a: MatchApplicant): ApplicantRow {
	const { expressionId, organisationId, organisationName, countryCode, status, themeId, population } = a;
	return { expressionId, organisationId, organisationName, countryCode, status, themeId, population };
}

function profileRow(p: MatchProfile): ProfileRow {
	const { profileId, organisationId, organisationName, countryCode, themeId, population, maxMatches, matched } = p;
	return { profileId, organisationId, organisationName, countryCode, themeId, population, maxMatches, matched };
}

/**
 * Ranked suggestions for a partner-search call (staff only; others: not found; another kind of call:
 * invalid). With `expressionId` or `profileId`, only that side's pairs, and `excluded` explains the
 * pairs of that side that may not be matched. Best first; equal totals by applicant name, then profile
 * name. At most `limit` suggestions (100 unless given, at most 2,000). Recomputes stale concepts first.
 */
export async function suggestionsForCall(
	actor: Actor,
	callId: string,
	options: { expressionId?: string; profileId?: string; limit?: number } = {}
): Promise<SuggestionsResult> {
	requireStaff(actor);
	const data = await loadFresh(callId);
	const lists = listed(data);
	const { expressionId, profileId } = options;
	const limit = Math.max(1, Math.min(MAX_SUGGESTIONS, Math.floor(options.limit ?? DEFAULT_SUGGESTIONS)));

	const given = {
		applicant: expressionId === undefined ? undefined : data.applicants.find((a) => a.expressionId === expressionId),
		profile: profileId === undefined ? undefined : data.profiles.find((p) => p.profileId === profileId)
	};
	if ((expressionId !== undefined && !given.applicant) || (profileId !== undefined && !given.profile))
		throw AppError.notFound();
	const applicants = given.applicant ? [given.applicant] : lists.applicants;
	const profiles = given.profile ? [given.profile] : lists.profiles;

	// The best `limit` pairs, kept in a bounded heap: lists are already in name order, so indexes break ties.
	const aRank = new Map(lists.applicants.map((a, i) => [a.expressionId, i]));
	const pRank = new Map(lists.profiles.map((p, i) => [p.profileId, i]));
	const ranksA = applicants.map((a) => aRank.get(a.expressionId) ?? -1);
	const ranksP = profiles.map((p) => pRank.get(p.profileId) ?? -1);
	const heap = new TopPairs(
		limit,
		(x, y) => x.total - y.total || ranksA[y.a]! - ranksA[x.a]! || ranksP[y.p]! - ranksP[x.p]!
	);
	forEachEligible(data, applicants, profiles, (a, p, total) => heap.offer({ a, p, total }));
	const suggestions = heap.sorted().map(({ a, p }) => scorePair(applicants[a]!, profiles[p]!, data.context));

	const excluded: SuggestionsResult['excluded'] = [];
	if (given.applicant || given.profile)
		for (const applicant of given.applicant ? [given.applicant] : lists.applicants)
			for (const profile of given.profile ? [given.profile] : lists.profiles) {
				const reasons = exclusionsFor(applicant, profile, data.context);
				if (reasons.length)
					excluded.push({ expressionId: applicant.expressionId, profileId: profile.profileId, reasons });
			}

	return {
		call: data.call,
		applicants: lists.applicants.map(applicantRow),
		profiles: lists.profiles.map(profileRow),
		suggestions,
		excluded
	};
}

/**
 * "Suggest for all" (staff only): the assignment of the call's matchable answers to its published
 * profiles with the greatest total score, each answer at most once and each profile at most as many
 * times as it has room left for (max_matches minus accepted matches), with who is left out and why.
 */
export async function assignmentForCall(
	actor: Actor,
	callId: string
): Promise<{ call: CallSummary; applicants: ApplicantRow[]; profiles: ProfileRow[]; assignment: Assignment }> {
	requireStaff(actor);
	const data = await loadFresh(callId);
	const { applicants, profiles } = listed(data);
	const candidates: { expressionId: string; profileId: string; total: number; a: number; p: number }[] = [];
	forEachEligible(data, applicants, profiles, (a, p, total) =>
		candidates.push({ expressionId: applicants[a]!.expressionId, profileId: profiles[p]!.profileId, total, a, p })
	);
	const result = assign(
		applicants,
		profiles.map((p) => ({ profileId: p.profileId, remaining: p.maxMatches - p.matched })),
		candidates
	);
	const pairs = result.pairs.map(({ a, p }) => scorePair(applicants[a]!, profiles[p]!, data.context));
	return {
		call: data.call,
		applicants: applicants.map(applicantRow),
		profiles: profiles.map(profileRow),
		assignment: { ...result, pairs }
	};
}

/**
 * One pair's score and exclusions, read with `executor` (the accepting transaction, which should hold
 * the profile's row lock so that `profile_full` is exact). Recomputes the two rows' stale concepts.
 * Not found when the call, the answer or the profile does not exist or belongs to another call.
 */
export async function scoreOnePair(
	executor: Executor,
	callId: string,
	expressionId: string,
	profileId: string
): Promise<{ suggestion: Suggestion | null; exclusions: ExclusionReason[] }> {
	if (!isUuid(expressionId) || !isUuid(profileId)) throw AppError.notFound();
	await loadPartnerSearchCall(executor, callId);
	await refreshStaleConcepts(executor, callId, { expressionId, profileId });
	const data = await loadCallData(executor, callId, { expressionId, profileId });
	if (!data.applicants.length || !data.profiles.length) throw AppError.notFound();
	const applicant = data.applicants[0]!;
	const profile = data.profiles[0]!;
	const exclusions = exclusionsFor(applicant, profile, data.context);
	return { suggestion: exclusions.length ? null : scorePair(applicant, profile, data.context), exclusions };
}

type Entry = { a: number; p: number; total: number };

/** A min-heap of at most `size` entries under `compare` (greater = better): the best `size` of a stream. */
class TopPairs {
	private items: Entry[] = [];
	constructor(
		private size: number,
		private compare: (x: Entry, y: Entry) => number
	) {}

	offer(entry: Entry) {
		const items = this.items;
		if (items.length < this.size) {
			items.push(entry);
			this.up(items.length - 1);
		} else if (this.compare(entry, items[0]!) > 0) {
			items[0] = entry;
			this.down(0);
		}
	}

	/** Best first. */
	sorted(): Entry[] {
		return [...this.items].sort((x, y) => this.compare(y, x));
	}

	private up(i: number) {
		const items = this.items;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.compare(items[i]!, items[parent]!) >= 0) break;
			[items[i], items[parent]] = [items[parent]!, items[i]!];
			i = parent;
		}
	}

	private down(i: number) {
		const items = this.items;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let least = i;
			if (l < items.length && this.compare(items[l]!, items[least]!) < 0) least = l;
			if (r < items.length && this.compare(items[r]!, items[least]!) < 0) least = r;
			if (least === i) return;
			[items[i], items[least]] = [items[least]!, items[i]!];
			i = least;
		}
	}
}
