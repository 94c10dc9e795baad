import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { invitations, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';
import { mailSafely } from './invite-person';
import { expiryFrom, newInvitationToken } from './tokens';

/**
 * Sends an invitation again with a new link, valid for 7 days from now; the old link stops working
 * (only a hash is kept, so the old one cannot be sent again). Staff only; anyone else, or an unknown
 * invitation, gets 404. An accepted or revoked invitation cannot be sent again (409). Records
 * `invitation.resent`. `mailed` is false when the mail could not be sent.
 */
export async function resendInvitation(actor: Actor, invitationId: string) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	if (!isUuid(invitationId)) throw AppError.notFound();
	const { token, hash } = newInvitationToken();
	const invitation = await db().transaction(async (tx) => {
		const [current] = await tx
			.select({
				id: invitations.id,
				email: invitations.email,
				role: invitations.role,
				locale: invitations.locale,
				organisationId: invitations.organisationId,
				expiresAt: invitations.expiresAt,
				acceptedAt: invitations.acceptedAt,
				revokedAt: invitations.revokedAt,
				organisation: organisations.name
			})
			.from(invitations)
			.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
			.where(eq(invitations.id, invitationId))
			.for('update', { of: invitations });
		if (!current) throw AppError.notFound();
		if (current.acceptedAt || current.revokedAt) throw new AppError('conflict', m.invitation_not_pending());
		const expiresAt = expiryFrom(new Date());
		await tx.update(invitations).set({ tokenHash: hash, expiresAt }).where(eq(invitations.id, invitationId));
		await recordAudit(tx, actor, {
			action: 'invitation.resent',
			subjectType: 'invitation',
			subjectId: invitationId,
			organisationIds: [current.organisationId],
			before: { expiresAt: current.expiresAt },
			after: { expiresAt }
		});
		return { ...current, expiresAt };
	});
	const mailed = await mailSafely({ ...invitation, token });
	return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt, token, mailed };
}
