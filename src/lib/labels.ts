import { m } from '$lib/paraglide/messages';
import type { membershipRoles, organisationKinds, partnershipPhases } from '$lib/server/db/schema';

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
