import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { organisations, partnershipParties } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { partnershipFor } from './access';
import { currentParties, requirePartyRule } from './party-rule';
import { canManagePartnerships } from './policy';
import { partyChangeInput, type PartyChangeInput } from './schemas';

/**
 * Adds an organisation as a party of a partnership (by id, or `{ slug }`). Staff only: coordinators and members of a party get
 * 403, everyone else 404. Rules: the organisation exists and is not a party already; the parties still
 * follow the party rule. The partnership row is locked while the parties change.
 * Side effect: an audit event 'partnership.party_added' with the party ids before and after.
 */
export async function addParty(actor: Actor, partnershipKey: string | { slug: string }, input: PartyChangeInput) {
	const data = parseInput(partyChangeInput, input);
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await partnershipFor(tx, actor, partnershipKey, 'edit', { lock: true });
		if (!canManagePartnerships(actor)) throw new AppError('forbidden', m.partnership_party_error_staff_only());
		const [organisation] = await tx
			.select({ id: organisations.id, countryCode: organisations.countryCode })
			.from(organisations)
			.where(eq(organisations.id, data.organisationId));
		if (!organisation) throw AppError.invalid({ organisationId: m.validation_unknown_choice() });
		if (partyIds.includes(organisation.id))
			throw AppError.invalid({ organisationId: m.partnership_party_error_already() });
		const parties = await currentParties(tx, partnership.id);
		requirePartyRule(
			[...parties, { organisationId: organisation.id, countryCode: organisation.countryCode }],
			'organisationId'
		);

		await tx.insert(partnershipParties).values({ partnershipId: partnership.id, organisationId: organisation.id });
		const after = [...partyIds, organisation.id];
		await recordAudit(tx, actor, {
			action: 'partnership.party_added',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: after,
			before: { partyIds },
			after: { partyIds: after }
		});
		return { partyIds: after };
	});
}
