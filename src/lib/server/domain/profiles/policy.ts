import type { Actor } from '../accounts/actor';
import { roleIn } from '../accounts/actor';

/** Staff manage any organisation's profile; otherwise only a coordinator of the profile's organisation. */
export function canManageProfile(actor: Actor, organisationId: string): boolean {
	return actor.isStaff || roleIn(actor, organisationId) === 'coordinator';
}

/**
 * A published profile is public; a draft or withdrawn one is seen by staff and by the organisation's
 * own people (members read, coordinators also edit).
 */
export function canReadProfile(actor: Actor, profile: { organisationId: string; status: string }): boolean {
	return profile.status === 'published' || actor.isStaff || roleIn(actor, profile.organisationId) !== undefined;
}
