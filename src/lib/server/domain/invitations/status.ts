import { m } from '$lib/paraglide/messages';
import type { invitations } from '$lib/server/db/schema';

export type InvitationStatus = 'pending' | 'expired' | 'used' | 'revoked' | 'unknown';

type Dated = Pick<typeof invitations.$inferSelect, 'expiresAt' | 'acceptedAt' | 'revokedAt'>;

/** Where an invitation stands now; a missing one is 'unknown'. Used before revoked before expired. */
export function invitationStatus(invitation: Dated | undefined | null, now = new Date()): InvitationStatus {
	if (!invitation) return 'unknown';
	if (invitation.acceptedAt) return 'used';
	if (invitation.revokedAt) return 'revoked';
	if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
	return 'pending';
}

/** Why a link does not work, in the reader's language. */
export function statusMessage(status: Exclude<InvitationStatus, 'pending'>): string {
	switch (status) {
		case 'expired':
			return m.invitation_link_expired();
		case 'used':
			return m.invitation_link_used();
		case 'revoked':
			return m.invitation_link_revoked();
		case 'unknown':
			return m.invitation_link_unknown();
	}
}
