import { matchableStatuses, type ExpressionStatus } from '../expressions/statuses';
import {
	exclusionReasons,
	type ExclusionReason,
	type MatchApplicant,
	type MatchContext,
	type MatchProfile
} from './types';

// The hard filter: a pair with any reason here is never suggested, assigned or accepted, whatever its
// score. The reasons are listed in the order of exclusionReasons so that a page can explain each one.

/** Phases after which two organisations may be paired again. */
const endedPhases = new Set(['completed', 'terminated']);

/** The applicant's own reasons, the same for every profile. */
export function applicantExclusions(applicant: MatchApplicant): ExclusionReason[] {
	const reasons: ExclusionReason[] = [];
	if (applicant.countryCode !== 'SE') reasons.push('applicant_not_swedish');
	if (!matchableStatuses.includes(applicant.status as ExpressionStatus)) reasons.push('applicant_status');
	return reasons;
}

/** The profile's own reasons, the same for every applicant. */
export function profileExclusions(profile: MatchProfile, context: MatchContext): ExclusionReason[] {
	const reasons: ExclusionReason[] = [];
	if (profile.status !== 'published') reasons.push('profile_not_published');
	if (profile.matched >= profile.maxMatches) reasons.push('profile_full');
	if (!context.programmeCountryCodes.has(profile.countryCode)) reasons.push('country_not_in_programme');
	return reasons;
}

/** True when the two organisations share a partnership that is not completed or terminated. */
export function alreadyPartners(applicant: MatchApplicant, profile: MatchProfile, context: MatchContext): boolean {
	const list = context.partnershipsOf.get(applicant.organisationId);
	if (!list) return false;
	return list.some((p) => !endedPhases.has(p.phase) && p.partnerOrganisationIds.includes(profile.organisationId));
}

/** The reasons that depend on both sides. */
export function pairExclusions(
	applicant: MatchApplicant,
	profile: MatchProfile,
	context: MatchContext
): ExclusionReason[] {
	const reasons: ExclusionReason[] = [];
	if (applicant.organisationId === profile.organisationId) reasons.push('same_organisation');
	if (alreadyPartners(applicant, profile, context)) reasons.push('already_partners');
	return reasons;
}

/**
 * Why the applicant and the profile may not be matched, empty when they may: the applicant organisation
 * is Swedish and its answer submitted, under review or shortlisted; the profile is published, not full
 * (matches < max_matches) and of a programme cooperation country; they are not the same organisation
 * and not already partners in a partnership that has not ended.
 */
export function exclusionsFor(
	applicant: MatchApplicant,
	profile: MatchProfile,
	context: MatchContext
): ExclusionReason[] {
	const found = new Set([
		...applicantExclusions(applicant),
		...profileExclusions(profile, context),
		...pairExclusions(applicant, profile, context)
	]);
	return exclusionReasons.filter((reason) => found.has(reason));
}
