import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { networkExperts, networks, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';
import { networkExpertInput, type NetworkExpertInput } from './schemas';

/**
 * Attaches a university's expert to a network. Staff only; anyone else, or an unknown network, gets
 * 404. The organisation must be a university (field error `organisationId`). Records
 * `network_expert.added` for the network and the university.
 */
export async function addNetworkExpert(actor: Actor, networkId: string, input: NetworkExpertInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(networkExpertInput, input);
	if (!isUuid(networkId)) throw AppError.notFound();
	return db().transaction(async (tx) => {
		const [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId));
		if (!network) throw AppError.notFound();
		const [organisation] = await tx
			.select({ kind: organisations.kind })
			.from(organisations)
			.where(eq(organisations.id, data.organisationId));
		if (!organisation) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
		if (organisation.kind !== 'university') throw AppError.invalid({ organisationId: m.admin_expert_not_university() });
		const [expert] = await tx
			.insert(networkExperts)
			.values({
				networkId,
				organisationId: data.organisationId,
				name: data.name,
				email: data.email?.toLowerCase() ?? null,
				expertise: data.expertise
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'network_expert.added',
			subjectType: 'network_expert',
			subjectId: expert!.id,
			organisationIds: [data.organisationId],
			after: expert
		});
		return expert!;
	});
}
