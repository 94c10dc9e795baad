import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { invitations, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { sendInvitationMail } from './mails';
import { invitationInput, type InvitationInput } from './schemas';
import { expiryFrom, newInvitationToken } from './tokens';

/**
 * Invites a person by e-mail to an organisation with a role. Staff only (others get 404); the
 * organisation must exist (field error `organisationId`). Keeps only a hash of the link's secret; the
 * link works once, for 7 days. A new invitation replaces (revokes) a pending one to the same address
 * and organisation. Records `invitation.created`, then mails the link in the invitation's language
 * after the commit: `mailed` is false when the mail could not be sent (staff can send it again).
 */
export async function invitePerson(actor: Actor, input: InvitationInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(invitationInput, input);
	const { token, hash } = newInvitationToken();
	const now = new Date();
	const { invitation, organisation } = await db().transaction(async (tx) => {
		const [organisation] = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, data.organisationId));
		if (!organisation) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
		await tx
			.update(invitations)
			.set({ revokedAt: now })
			.where(
				and(
					eq(invitations.email, data.email),
					eq(invitations.organisationId, organisation.id),
					isNull(invitations.acceptedAt),
					isNull(invitations.revokedAt)
				)
			);
		const [invitation] = await tx
			.insert(invitations)
			.values({
				email: data.email,
				organisationId: organisation.id,
				role: data.role,
				tokenHash: hash,
				locale: data.locale,
				invitedByUserId: actor.userId,
				expiresAt: expiryFrom(now)
			})
			.returning();
		const { tokenHash: _, ...recorded } = invitation!;
		await recordAudit(tx, actor, {
			action: 'invitation.created',
			subjectType: 'invitation',
			subjectId: invitation!.id,
			organisationIds: [organisation.id],
			after: recorded
		});
		return { invitation: invitation!, organisation };
	});
	const mailed = await mailSafely({ ...invitation, token, organisation: organisation.name });
	return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt, token, mailed };
}

/** Sends the invitation mail; a failure is logged and reported, not thrown: the invitation stands. */
export async function mailSafely(invitation: Parameters<typeof sendInvitationMail>[0] & { id: string }) {
	try {
		await sendInvitationMail(invitation);
		return true;
	} catch (err) {
		log.error({ err, invitationId: invitation.id }, 'invitation mail could not be sent');
		return false;
	}
}
