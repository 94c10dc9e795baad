import type { Locale } from '$lib/i18n/locales';
import { languageName } from '$lib/format';
import {
	callKindLabel,
	expressionStatusLabel,
	kindLabel,
	phaseLabel,
	principleLabel,
	profileStatusLabel,
	projectRoleLabel,
	publicFromLabel,
	roleLabel,
	standingLabel,
	steeringRoleLabel,
	type CallKind,
	type ExpressionStatus,
	type Phase,
	type PoliticalStanding,
	type Principle,
	type ProfileStatus,
	type ProjectGroupRole,
	type Role,
	type SteeringRole
} from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import {
	callKinds,
	democraticPrinciples,
	expressionStatuses,
	membershipRoles,
	organisationKinds,
	partnershipPhases,
	politicalStandings,
	profileStatuses,
	projectGroupRoles,
	steeringRoles
} from '$lib/server/db/schema';
import { countryName } from '../countries/names';
import { conceptLabel } from '../matchmaking/explain';
import { languageLabel } from '../profiles/languages';

// The names of the fields an audit record can hold, and of the codes stored in them, in the reader's
// language: the history and the audit log never show a column name or an enum value. Every column of
// the tables the use cases record, and the few keys they add, has a label here (fields.test.ts).

/** Field labels by key: the columns of audited records (bookkeeping aside, see isIgnoredKey) and added keys. */
export const fieldLabels: Record<string, () => string> = {
	// Several kinds of record
	slug: m.history_field_slug,
	name: m.history_field_name,
	timeZone: m.history_field_time_zone,
	title: m.history_field_title,
	kind: m.history_field_kind,
	description: m.history_field_description,
	status: m.history_field_status,
	email: m.history_field_email,
	role: m.history_field_role,
	locale: m.history_field_locale,
	languages: m.history_field_languages,
	publishedAt: m.history_field_published_at,
	expiresAt: m.history_field_expires_at,
	acceptedAt: m.history_field_accepted_at,
	revokedAt: m.history_field_revoked_at,
	// Organisations
	countryCode: m.history_field_country_code,
	subdivision: m.history_field_subdivision,
	population: m.history_field_population,
	latitude: m.history_field_latitude,
	longitude: m.history_field_longitude,
	website: m.history_field_website,
	// Networks and programmes
	startYear: m.history_field_start_year,
	endYear: m.history_field_end_year,
	countryCodes: m.history_field_countries,
	expertise: m.history_field_expertise,
	minMeetingsPerYear: m.history_field_min_meetings,
	projectMinYears: m.history_field_project_min_years,
	projectMaxYears: m.history_field_project_max_years,
	fundedConferenceParticipants: m.history_field_funded_participants,
	partnershipsPublicFrom: m.history_field_public_from,
	// Partnerships, their plan and governance
	challenge: m.history_field_challenge,
	phase: m.history_field_phase,
	toPhase: m.history_field_phase,
	fromPhase: m.history_field_phase,
	startDate: m.history_field_start_date,
	endDate: m.history_field_end_date,
	objectives: m.history_field_objectives,
	principles: m.history_field_principles,
	sdgGoals: m.history_field_sdg_goals,
	sdgTargets: m.history_field_sdg_targets,
	projectStartDate: m.history_field_project_start_date,
	projectEndDate: m.history_field_project_end_date,
	projectYears: m.history_field_project_years,
	min: m.history_field_min,
	max: m.history_field_max,
	parties: m.history_field_parties,
	mutualBenefit: m.history_field_mutual_benefit,
	politicalParty: m.history_field_political_party,
	standing: m.history_field_standing,
	listedPublicly: m.history_field_listed_publicly,
	tasks: m.history_field_tasks,
	organisationName: m.history_field_organisation,
	// Results
	unit: m.history_field_unit,
	baselineValue: m.history_field_baseline_value,
	baselineText: m.history_field_baseline_text,
	baselineYear: m.history_field_baseline_year,
	targetValue: m.history_field_target_value,
	targetText: m.history_field_target_text,
	targetYear: m.history_field_target_year,
	position: m.history_field_position,
	periodStart: m.history_field_period_start,
	periodEnd: m.history_field_period_end,
	actualValue: m.history_field_actual_value,
	actualText: m.history_field_actual_text,
	narrative: m.history_field_narrative,
	// Calls, their items, answers and reviews
	body: m.history_field_body,
	opensAt: m.history_field_opens_at,
	closesAt: m.history_field_closes_at,
	eligibleCountryCodes: m.history_field_eligible_countries,
	eligibleOrganisationKinds: m.history_field_eligible_kinds,
	requirements: m.history_field_requirements,
	questions: m.history_field_questions,
	criteria: m.history_field_criteria,
	text: m.history_field_text,
	label: m.history_field_text,
	help: m.history_field_help,
	required: m.history_field_required,
	long: m.history_field_long,
	answers: m.history_field_answers,
	confirmations: m.history_field_confirmations,
	preferredCountryCodes: m.history_field_preferred_countries,
	concepts: m.history_field_concepts,
	chosenConcepts: m.history_field_chosen_concepts,
	submittedAt: m.history_field_submitted_at,
	visitor: m.history_field_visitor,
	emailVerified: m.history_field_email_verified,
	scores: m.history_field_scores,
	score: m.history_field_score,
	comment: m.history_field_comment,
	hopes: m.history_field_hopes,
	contactRole: m.history_field_contact_role,
	maxMatches: m.history_field_max_matches,
	parts: m.history_field_parts,
	// Invitations and API tokens
	accountCreated: m.history_field_account_created,
	prefix: m.history_field_prefix,
	// Privacy: erasures and retention settings
	pseudonym: m.history_field_pseudonym,
	erasedAt: m.history_field_erased_at,
	unverifiedAnswerDays: m.privacy_retention_unverified_answers,
	unverifiedAccountDays: m.privacy_retention_unverified_accounts,
	signInEventDays: m.privacy_retention_sign_in_events,
	invitationDays: m.privacy_retention_invitations,
	outboxDays: m.privacy_retention_outbox
};

/** A field's name; a project group member's title is their job title. Unknown keys still read as words. */
export function fieldLabel(segment: string, action: string): string {
	if (segment === 'title' && action.includes('project_member')) return m.history_field_job_title();
	const known = fieldLabels[segment];
	if (known) return known();
	return /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(segment)
		? segment.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)
		: segment;
}

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
	(list as readonly string[]).includes(value);

const resultKinds: Record<string, () => string> = {
	output: m.public_partnership_result_output,
	outcome: m.public_partnership_result_outcome,
	quantitative: m.results_indicator_quantitative,
	qualitative: m.results_indicator_qualitative
};

const countryFields = new Set(['countryCode', 'countryCodes', 'eligibleCountryCodes', 'preferredCountryCodes']);

/**
 * A code stored in a field, by the field and the action that recorded it; undefined for a value that
 * is not a code. A steering group's "member" is a ledamot, a project group's a medlem.
 */
export function choiceLabel(field: string, value: string, action: string, locale: Locale): string | undefined {
	if (oneOf(['phase', 'toPhase', 'fromPhase'], field) && oneOf<Phase>(partnershipPhases, value))
		return phaseLabel(value);
	if (field === 'standing' && oneOf<PoliticalStanding>(politicalStandings, value)) return standingLabel(value);
	if (field === 'role') {
		if (action.includes('steering') && oneOf<SteeringRole>(steeringRoles, value)) return steeringRoleLabel(value);
		if (action.includes('project_member') && oneOf<ProjectGroupRole>(projectGroupRoles, value))
			return projectRoleLabel(value);
		if (oneOf<Role>(membershipRoles, value)) return roleLabel(value);
	}
	if (field === 'kind' && action.startsWith('organisation.')) return kindLabel(value);
	if (field === 'kind' && action.startsWith('call.') && oneOf<CallKind>(callKinds, value)) return callKindLabel(value);
	if (field === 'kind') return resultKinds[value]?.();
	if (field === 'eligibleOrganisationKinds' && oneOf(organisationKinds, value)) return kindLabel(value);
	if (field === 'status' && action.startsWith('partner_profile.') && oneOf<ProfileStatus>(profileStatuses, value))
		return profileStatusLabel(value);
	if (field === 'status' && oneOf<ExpressionStatus>(expressionStatuses, value)) return expressionStatusLabel(value);
	if (field === 'principles' && oneOf<Principle>(democraticPrinciples, value)) return principleLabel(value);
	if (field === 'partnershipsPublicFrom') return publicFromLabel(value) || undefined;
	if (countryFields.has(field) && /^[A-Z]{2}$/.test(value)) return countryName(value, locale);
	if (field === 'locale' && oneOf<Locale>(['sv', 'en', 'es'], value)) return languageName(value, locale);
	if (field === 'languages' && /^[a-z]{2}$/.test(value)) return languageLabel(value, locale);
	if (field === 'concepts' || field === 'chosenConcepts') return conceptLabel(value, locale);
	return undefined;
}
