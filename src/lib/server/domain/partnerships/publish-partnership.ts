import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnerships } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { partnershipFor } from './access';
import { canManagePartnerships } from './policy';
import { publicationInput, type PublicationInput } from './schemas';

/**
 * Publishes a partnership (by id, or `{ slug }`) ahead of the programme's rule, or takes the publication
 * back (`published: false`), after which the rule alone decides (decision 0013: a partnership in a phase
 * the programme shows stays public). Staff only: coordinators and members of a party get 403, everyone
 * else 404. A partnership still in its application phase cannot be published (409). Asking for what
 * already holds changes nothing and records nothing.
 * Side effects: `published_at` (now, or null) and an audit event 'partnership.published' or
 * 'partnership.unpublished'. The public read cache follows through the table's trigger (0007).
 */
export async function publishPartnership(actor: Actor, key: string | { slug: string }, input: PublicationInput) {
	const { published } = parseInput(publicationInput, input);
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await partnershipFor(tx, actor, key, 'edit', { lock: true });
		if (!canManagePartnerships(actor)) throw new AppError('forbidden', m.partnership_publish_error_staff_only());
		if (published === (partnership.publishedAt !== null)) return partnership;
		if (published && partnership.phase === 'application')
			throw new AppError('conflict', m.partnership_publish_error_application());
		const [updated] = await tx
			.update(partnerships)
			.set({ publishedAt: published ? new Date() : null })
			.where(eq(partnerships.id, partnership.id))
			.returning();
		await recordAudit(tx, actor, {
			action: published ? 'partnership.published' : 'partnership.unpublished',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: { publishedAt: partnership.publishedAt },
			after: { publishedAt: updated!.publishedAt }
		});
		return updated!;
	});
}
