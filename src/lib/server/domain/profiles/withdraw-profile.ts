import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { profileToChange } from './load';

/**
 * Withdraws a draft or published profile: it leaves the public list and matchmaking. Staff or a
 * coordinator of its organisation; anyone else gets 404. Allowed after the call has closed too; a
 * profile already withdrawn is a conflict. Matches already accepted stay. Records
 * `partner_profile.withdrawn`.
 */
export async function withdrawProfile(actor: Actor, profileId: string) {
	return db().transaction(async (tx) => {
		const current = await profileToChange(tx, actor, profileId);
		if (current.status === 'withdrawn') throw new AppError('conflict', m.profiles_error_already_withdrawn());
		const [withdrawn] = await tx
			.update(partnerProfiles)
			.set({ status: 'withdrawn' })
			.where(eq(partnerProfiles.id, current.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'partner_profile.withdrawn',
			subjectType: 'partner_profile',
			subjectId: current.id,
			organisationIds: [current.organisationId],
			before: { status: current.status },
			after: { status: 'withdrawn' }
		});
		return withdrawn!;
	});
}
