import { eq } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canManageProfile } from './policy';

/**
 * The profile a change is about, locked for the transaction; 404 when it does not exist or the actor may
 * not manage it (a member who is not a coordinator included).
 */
export async function profileToChange(tx: Executor, actor: Actor, profileId: string) {
	if (!isUuid(profileId)) throw AppError.notFound();
	const [profile] = await tx.select().from(partnerProfiles).where(eq(partnerProfiles.id, profileId)).for('update');
	if (!profile || !canManageProfile(actor, profile.organisationId)) throw AppError.notFound();
	return profile;
}
