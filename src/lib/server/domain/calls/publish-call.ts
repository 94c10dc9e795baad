import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { calls } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { callForStaff } from './access';

/**
 * Publishes a call: it shows on the public pages and in the API from now on (it takes answers while
 * open). Staff only; others get 404. Publishing a published call changes nothing. Side effect: an
 * audit event 'call.published'.
 */
export async function publishCall(actor: Actor, id: string) {
	return setPublished(actor, id, true);
}

/**
 * Takes a call off the public pages; its answers and profiles stay. Staff only; others get 404.
 * Unpublishing an unpublished call changes nothing. Side effect: an audit event 'call.unpublished'.
 */
export async function unpublishCall(actor: Actor, id: string) {
	return setPublished(actor, id, false);
}

async function setPublished(actor: Actor, id: string, published: boolean) {
	return db().transaction(async (tx) => {
		const call = await callForStaff(tx, actor, id);
		if ((call.publishedAt !== null) === published) return call;
		const publishedAt = published ? new Date() : null;
		const [updated] = await tx
			.update(calls)
			.set({ publishedAt, updatedAt: new Date() })
			.where(eq(calls.id, call.id))
			.returning();
		await recordAudit(tx, actor, {
			action: published ? 'call.published' : 'call.unpublished',
			subjectType: 'call',
			subjectId: call.id,
			before: { publishedAt: call.publishedAt },
			after: { publishedAt }
		});
		return updated!;
	});
}
