import { roleIn, type Actor } from '../accounts/actor';

/** What an actor may do with a partnership: edit it, only read it, or nothing (it does not exist for them). */
export type PartnershipAccess = 'edit' | 'read' | null;

/**
 * Staff edit every partnership; a coordinator of any party edits it; members and experts of a party
 * read it; everyone else may not know it is there (use cases answer 404).
 */
export function partnershipAccess(actor: Actor, partyOrganisationIds: readonly string[]): PartnershipAccess {
	if (actor.isStaff) return 'edit';
	const roles = partyOrganisationIds.map((id) => roleIn(actor, id)).filter((r) => r !== undefined);
	if (roles.includes('coordinator')) return 'edit';
	return roles.length ? 'read' : null;
}

export function canReadPartnership(actor: Actor, partyOrganisationIds: readonly string[]): boolean {
	return partnershipAccess(actor, partyOrganisationIds) !== null;
}

export function canEditPartnership(actor: Actor, partyOrganisationIds: readonly string[]): boolean {
	return partnershipAccess(actor, partyOrganisationIds) === 'edit';
}

/** Only staff create partnerships and move them between phases. */
export function canManagePartnerships(actor: Actor): boolean {
	return actor.isStaff;
}
