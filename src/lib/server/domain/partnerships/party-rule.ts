import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { organisations, partnershipParties } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { partyProblem, type PartyCandidate, type PartyProblem } from './rules';

const messages: Record<PartyProblem, () => string> = {
	too_few: () => m.partnerships_error_too_few_parties(),
	duplicate: () => m.partnerships_error_duplicate_party(),
	no_swedish: () => m.partnerships_error_no_swedish_party()
};

/** A partnership's parties with their countries, as the party rule reads them. */
export async function currentParties(tx: Executor, partnershipId: string): Promise<PartyCandidate[]> {
	return tx
		.select({ organisationId: partnershipParties.organisationId, countryCode: organisations.countryCode })
		.from(partnershipParties)
		.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.where(eq(partnershipParties.partnershipId, partnershipId));
}

/** Throws AppError('invalid') on `field` when the parties would break the rule (two or more, one Swedish). */
export function requirePartyRule(parties: readonly PartyCandidate[], field: string): void {
	const problem = partyProblem(parties);
	if (problem) throw AppError.invalid({ [field]: messages[problem]() });
}
