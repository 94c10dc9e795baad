import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { accounts, invitations, memberships, organisations, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { recordAudit } from '../audit/record';
import { limitKey, MAILED_LINK_LIMIT, takeOrRefuse } from '../security/rate-limit';
import { invitationStatus, statusMessage } from './status';
import { newAccountInput } from './schemas';
import { hashInvitationToken, looksLikeToken } from './tokens';

/**
 * Accepts an invitation by its mailed link; the link is the proof that the person reads that address.
 * Works once, until it expires (7 days), unless revoked: otherwise `_form` says which. When the address
 * has no account yet, `input` must give a name and a password (at least 12 characters, twice) and an
 * account is made, its address counted as verified. The person becomes a member of the organisation
 * with the invited role; an existing membership there takes the new role. Records `invitation.accepted`
 * in the same transaction, with the person as actor. Limited to 20 tries per address in 15 minutes (429).
 */
export async function acceptInvitation(token: string, input: unknown, request: { address: string }) {
	if (!looksLikeToken(token)) throw AppError.invalid({ _form: statusMessage('unknown') });
	await takeOrRefuse([{ key: limitKey('invitation', 'address', request.address), ...MAILED_LINK_LIMIT }]);
	return db().transaction(async (tx) => {
		const [invitation] = await tx
			.select()
			.from(invitations)
			.where(eq(invitations.tokenHash, hashInvitationToken(token)))
			.for('update');
		const status = invitationStatus(invitation);
		if (status !== 'pending') throw AppError.invalid({ _form: statusMessage(status) });
		if (!invitation) throw AppError.invalid({ _form: statusMessage('unknown') });
		const [organisation] = await tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, invitation.organisationId));
		let [user] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(sql`lower(${users.email})`, invitation.email.toLowerCase()));
		const accountCreated = !user;
		if (!user) {
			const data = parseInput(newAccountInput, input);
			const id = randomUUID();
			await tx.insert(users).values({
				id,
				email: invitation.email.toLowerCase(),
				name: data.name,
				emailVerified: true,
				locale: invitation.locale
			});
			await tx.insert(accounts).values({
				id: randomUUID(),
				accountId: id,
				providerId: 'credential',
				userId: id,
				password: await hashPassword(data.password)
			});
			user = { id };
		}
		await tx
			.insert(memberships)
			.values({ userId: user.id, organisationId: invitation.organisationId, role: invitation.role })
			.onConflictDoUpdate({
				target: [memberships.userId, memberships.organisationId],
				set: { role: invitation.role, updatedAt: new Date() }
			});
		await tx
			.update(invitations)
			.set({ acceptedAt: new Date(), acceptedByUserId: user.id })
			.where(eq(invitations.id, invitation.id));
		await recordAudit(
			tx,
			{ userId: user.id, isStaff: false, memberships: [] },
			{
				action: 'invitation.accepted',
				subjectType: 'invitation',
				subjectId: invitation.id,
				organisationIds: [invitation.organisationId],
				after: { userId: user.id, role: invitation.role, accountCreated }
			}
		);
		return {
			userId: user.id,
			email: invitation.email,
			accountCreated,
			organisation: organisation?.name ?? '',
			role: invitation.role
		};
	});
}
