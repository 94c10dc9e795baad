import { membershipRoles } from '$lib/server/db/schema';

/** The roles a person can hold in an organisation; routes take the list from here, not from the database schema. */
export { membershipRoles };

export type MembershipRole = (typeof membershipRoles)[number];
export type Membership = { organisationId: string; role: MembershipRole };

/** Who is asking. Every use case takes one and decides with its policy. */
export type Actor = {
	userId: string | null;
	isStaff: boolean;
	memberships: Membership[];
	/** Set when the request came with a personal API token rather than a session (tokens/queries.ts). */
	viaToken?: true;
};

export const anonymous: Actor = { userId: null, isStaff: false, memberships: [] };

export function isSignedIn(actor: Actor): actor is Actor & { userId: string } {
	return actor.userId !== null;
}

export function roleIn(actor: Actor, organisationId: string): MembershipRole | undefined {
	return actor.memberships.find((m) => m.organisationId === organisationId)?.role;
}
