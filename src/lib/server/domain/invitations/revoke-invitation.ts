import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { invitations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';

/**
 * Revokes a pending invitation: its link stops working at once. Staff only; anyone else, or an unknown
 * invitation, gets 404. An accepted or already revoked one answers 409. Records `invitation.revoked`.
 */
export async function revokeInvitation(actor: Actor, invitationId: string): Promise<void> {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	if (!isUuid(invitationId)) throw AppError.notFound();
	await db().transaction(async (tx) => {
		const [current] = await tx.select().from(invitations).where(eq(invitations.id, invitationId)).for('update');
		if (!current) throw AppError.notFound();
		if (current.acceptedAt || current.revokedAt) throw new AppError('conflict', m.invitation_not_pending());
		const revokedAt = new Date();
		await tx.update(invitations).set({ revokedAt }).where(eq(invitations.id, invitationId));
		await recordAudit(tx, actor, {
			action: 'invitation.revoked',
			subjectType: 'invitation',
			subjectId: invitationId,
			organisationIds: [current.organisationId],
			before: { revokedAt: null },
			after: { revokedAt }
		});
	});
}
