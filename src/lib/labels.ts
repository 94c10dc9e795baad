import { m } from '$lib/paraglide/messages';
import type {
	callKinds,
	expressionStatuses,
	profileStatuses,
	membershipRoles,
	organisationKinds,
	partnershipPhases,
	politicalStandings,
	projectGroupRoles,
	steeringRoles
} from '$lib/server/db/schema';

// Names of fixed choices (phases, kinds of organisation, roles) in the reader's language.

export type Phase = (typeof partnershipPhases)[number];
export type OrganisationKind = (typeof organisationKinds)[number];
/** A role in an organisation, or programme staff. */
export type Role = (typeof membershipRoles)[number] | 'staff';

const phases: Record<Phase, () => string> = {
	application: m.phase_application,
	inception: m.phase_inception,
	project: m.phase_project,
	expansion: m.phase_expansion,
	dissemination: m.phase_dissemination,
	completed: m.phase_completed,
	terminated: m.phase_terminated
};

const kinds: Record<OrganisationKind, () => string> = {
	municipality: m.kind_municipality,
	region: m.kind_region,
	university: m.kind_university,
	civil_society: m.kind_civil_society,
	programme_owner: m.kind_programme_owner,
	other: m.kind_other
};

export function phaseLabel(phase: Phase): string {
	return phases[phase]();
}

/** Unknown kinds (e.g. from a newer database) read as "other" rather than failing. */
export function kindLabel(kind: string): string {
	return (kinds[kind as OrganisationKind] ?? kinds.other)();
}

const roles: Record<Role, () => string> = {
	coordinator: m.role_coordinator,
	member: m.role_member,
	expert: m.role_expert,
	staff: m.role_staff
};

export function roleLabel(role: Role): string {
	return roles[role]();
}

// Governance (domain/governance): a politician's standing and the roles in the steering and project groups.

export type PoliticalStanding = (typeof politicalStandings)[number];
export type SteeringRole = (typeof steeringRoles)[number];
export type ProjectGroupRole = (typeof projectGroupRoles)[number];

const standings: Record<PoliticalStanding, () => string> = {
	majority: m.governance_standing_majority,
	opposition: m.governance_standing_opposition
};

const steeringRoleNames: Record<SteeringRole, () => string> = {
	chair: m.governance_steering_role_chair,
	vice_chair: m.governance_steering_role_vice_chair,
	member: m.governance_steering_role_member
};

const projectRoleNames: Record<ProjectGroupRole, () => string> = {
	coordinator: m.governance_project_role_coordinator,
	member: m.governance_project_role_member
};

export function standingLabel(standing: PoliticalStanding): string {
	return standings[standing]();
}

export function steeringRoleLabel(role: SteeringRole): string {
	return steeringRoleNames[role]();
}

export function projectRoleLabel(role: ProjectGroupRole): string {
	return projectRoleNames[role]();
}

export type Principle = (typeof import('$lib/server/db/schema').democraticPrinciples)[number];

const principles: Record<Principle, () => string> = {
	equality: m.plan_principle_equality,
	participation: m.plan_principle_participation,
	accountability: m.plan_principle_accountability,
	transparency: m.plan_principle_transparency
};

/** A democratic principle in the reader's language. */
export function principleLabel(principle: Principle): string {
	return principles[principle]();
}

export type CallKind = (typeof callKinds)[number];
export type ExpressionStatus = (typeof expressionStatuses)[number];
export type ProfileStatus = (typeof profileStatuses)[number];

const callKindNames: Record<CallKind, () => string> = {
	partner_search: m.call_kind_partner_search,
	network_recruitment: m.call_kind_network_recruitment,
	training_programme: m.call_kind_training_programme
};

const expressionStatusNames: Record<
	ExpressionStatus,
	(inputs?: object, options?: { locale?: 'sv' | 'en' | 'es' }) => string
> = {
	draft: m.expression_status_draft,
	submitted: m.expression_status_submitted,
	under_review: m.expression_status_under_review,
	shortlisted: m.expression_status_shortlisted,
	matched: m.expression_status_matched,
	declined: m.expression_status_declined,
	withdrawn: m.expression_status_withdrawn
};

const profileStatusNames: Record<ProfileStatus, () => string> = {
	draft: m.profile_status_draft,
	published: m.profile_status_published,
	withdrawn: m.profile_status_withdrawn
};

export function callKindLabel(kind: CallKind): string {
	return callKindNames[kind]();
}

/** A status's name, in the page's language or the one given (mails go out in the applicant's). */
export function expressionStatusLabel(status: ExpressionStatus, locale?: 'sv' | 'en' | 'es'): string {
	return expressionStatusNames[status]({}, locale ? { locale } : undefined);
}

export function profileStatusLabel(status: ProfileStatus): string {
	return profileStatusNames[status]();
}

// From when a programme shows partnerships to the public (domain/partnerships/visibility.ts).
const publicFromNames: Record<string, () => string> = {
	inception: m.admin_programme_public_from_inception,
	project: m.admin_programme_public_from_project,
	staff: m.admin_programme_public_from_staff
};

/** The setting's name; anything unknown (an old history entry without it) reads as nothing. */
export function publicFromLabel(value: unknown): string {
	return typeof value === 'string' && value in publicFromNames ? publicFromNames[value]!() : '';
}
