import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { partnershipParties, partnerships } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { endedNotice, isFinalPhase } from './phases';
import { partnershipAccess, type PartnershipAccess } from './policy';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type AccessiblePartnership = { partnership: PartnershipRow; partyIds: string[]; access: 'edit' | 'read' };

/**
 * Loads a partnership (by id, or by slug with `{ slug }`) for an actor, checking what they may do.
 * Not a party's person (nor staff): 404, as if it did not exist. Needs 'edit' but may only read: 403.
 * With `lock`, the partnership row is locked for the rest of the transaction (writers serialise on it).
 */
export async function partnershipFor(
	tx: Executor,
	actor: Actor,
	key: string | { slug: string },
	need: 'read' | 'edit',
	{ lock = false }: { lock?: boolean } = {}
): Promise<AccessiblePartnership> {
	if (typeof key === 'string' && !isUuid(key)) throw AppError.notFound(m.partnerships_error_not_found());
	const where = typeof key === 'string' ? eq(partnerships.id, key) : eq(partnerships.slug, key.slug);
	const query = tx.select().from(partnerships).where(where).limit(1);
	const [partnership] = lock ? await query.for('update') : await query;
	if (!partnership) throw AppError.notFound(m.partnerships_error_not_found());
	const parties = await tx
		.select({ organisationId: partnershipParties.organisationId })
		.from(partnershipParties)
		.where(eq(partnershipParties.partnershipId, partnership.id));
	const partyIds = parties.map((p) => p.organisationId);
	const access: PartnershipAccess = partnershipAccess(actor, partyIds);
	if (access === null) throw AppError.notFound(m.partnerships_error_not_found());
	if (need === 'edit' && access !== 'edit') throw new AppError('forbidden', m.partnerships_error_read_only());
	return { partnership, partyIds, access };
}

/**
 * partnershipFor an edit of the partnership's work (plan, results, governance), with its row locked: a
 * completed or terminated partnership keeps its record as it was when it ended, so such edits are a
 * conflict (409), for forms and the API alike.
 */
export async function ongoingPartnershipFor(
	tx: Executor,
	actor: Actor,
	key: string | { slug: string }
): Promise<AccessiblePartnership> {
	const found = await partnershipFor(tx, actor, key, 'edit', { lock: true });
	if (isFinalPhase(found.partnership.phase)) throw new AppError('conflict', endedNotice(found.partnership.phase));
	return found;
}
