import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import { steeringGroupMembers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { recordAudit, type AuditAction } from '../audit/record';
import type { AccessiblePartnership } from '../partnerships/access';

// What the governance use cases share: the rules they check and how they record what they did.

/** How a governance use case names its partnership: its id (API) or its slug (pages). */
export type PartnershipKey = string | { slug: string };

/** A person sits for one of the partnership's parties; anything else is a field error on their side. */
export function requireParty(partyIds: readonly string[], organisationId: string): void {
	if (!partyIds.includes(organisationId))
		throw AppError.invalid({ organisationId: m.governance_error_side_not_party() });
}

/**
 * A steering group has at most one chair. Run under the partnership's row lock (partnershipFor with
 * `lock`), so that two people naming a chair at once cannot both succeed.
 */
export async function refuseSecondChair(tx: Executor, partnershipId: string, exceptMemberId?: string): Promise<void> {
	const [chair] = await tx
		.select({ name: steeringGroupMembers.name })
		.from(steeringGroupMembers)
		.where(
			and(
				eq(steeringGroupMembers.partnershipId, partnershipId),
				eq(steeringGroupMembers.role, 'chair'),
				exceptMemberId ? ne(steeringGroupMembers.id, exceptMemberId) : undefined
			)
		)
		.limit(1);
	if (chair) throw AppError.invalid({ role: m.governance_error_second_chair({ name: chair.name }) });
}

/** One audit event in the partnership's history, visible to all its parties. */
export function recordGovernanceChange(
	tx: Executor,
	actor: Actor,
	{ partnership, partyIds }: AccessiblePartnership,
	action: Extract<AuditAction, `partnership.${string}`>,
	change: { before?: unknown; after?: unknown }
): Promise<void> {
	return recordAudit(tx, actor, {
		action,
		subjectType: 'partnership',
		subjectId: partnership.id,
		partnershipId: partnership.id,
		organisationIds: partyIds,
		...change
	});
}
