import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { networkExperts } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';

/**
 * Removes an expert from a network. Staff only; anyone else, or an expert not in this network, gets 404.
 * Records `network_expert.removed` with the expert as they were.
 */
export async function removeNetworkExpert(actor: Actor, networkId: string, expertId: string): Promise<void> {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	if (!isUuid(networkId) || !isUuid(expertId)) throw AppError.notFound();
	await db().transaction(async (tx) => {
		const [removed] = await tx
			.delete(networkExperts)
			.where(and(eq(networkExperts.id, expertId), eq(networkExperts.networkId, networkId)))
			.returning();
		if (!removed) throw AppError.notFound();
		await recordAudit(tx, actor, {
			action: 'network_expert.removed',
			subjectType: 'network_expert',
			subjectId: removed.id,
			organisationIds: [removed.organisationId],
			before: removed
		});
	});
}
