import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { extractConcepts } from '../matchmaking/concepts';
import { profileToChange } from './load';
import { profileCall, profileOrganisation } from './rules';

/**
 * Publishes a draft or withdrawn profile: it appears in the public list of who seeks a partner. Staff
 * or a coordinator of its organisation; anyone else gets 404. The call must take answers now (staff
 * excepted) and the organisation must still be eligible; an already published profile is a conflict,
 * and so is one with no challenge area (none chosen, none recognised in its challenge).
 * Records `partner_profile.published`.
 */
export async function publishProfile(actor: Actor, profileId: string) {
	return db().transaction(async (tx) => {
		const current = await profileToChange(tx, actor, profileId);
		if (current.status === 'published') throw new AppError('conflict', m.profiles_error_already_published());
		const call = await profileCall(tx, actor, current.callId);
		try {
			await profileOrganisation(tx, current.organisationId, call.programmeId);
		} catch (error) {
			// Not a form field here: say why in the error itself.
			if (error instanceof AppError && error.fieldErrors.organisationId)
				throw new AppError('conflict', error.fieldErrors.organisationId);
			throw error;
		}
		// Matching compares challenge areas: a profile with none would share nothing with anyone.
		if (!current.chosenConcepts.length && !(await extractConcepts(tx, current.challenge)).length)
			throw new AppError('conflict', m.profiles_error_area_required());
		const [published] = await tx
			.update(partnerProfiles)
			.set({ status: 'published', publishedAt: new Date() })
			.where(eq(partnerProfiles.id, current.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'partner_profile.published',
			subjectType: 'partner_profile',
			subjectId: current.id,
			organisationIds: [current.organisationId],
			before: { status: current.status },
			after: { status: 'published' }
		});
		return published!;
	});
}
