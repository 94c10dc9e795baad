import { inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnershipParties, projectGroupMembers, steeringGroupMembers } from '$lib/server/db/schema';
import { governanceWarnings, type GovernanceWarning } from './checks';

export type ExplainedWarning = GovernanceWarning & { message: string };

/** The open governance warnings of each partnership (by id), read in three queries whatever their number. */
export async function warningsOfPartnerships(
	partnershipIds: readonly string[]
): Promise<Map<string, GovernanceWarning[]>> {
	const result = new Map<string, GovernanceWarning[]>();
	if (partnershipIds.length === 0) return result;
	const ids = [...partnershipIds];
	const [parties, steering, project] = await Promise.all([
		db()
			.select({ partnershipId: partnershipParties.partnershipId, organisationId: partnershipParties.organisationId })
			.from(partnershipParties)
			.where(inArray(partnershipParties.partnershipId, ids)),
		db()
			.select({
				partnershipId: steeringGroupMembers.partnershipId,
				organisationId: steeringGroupMembers.organisationId,
				standing: steeringGroupMembers.standing,
				role: steeringGroupMembers.role
			})
			.from(steeringGroupMembers)
			.where(inArray(steeringGroupMembers.partnershipId, ids)),
		db()
			.select({
				partnershipId: projectGroupMembers.partnershipId,
				organisationId: projectGroupMembers.organisationId,
				role: projectGroupMembers.role
			})
			.from(projectGroupMembers)
			.where(inArray(projectGroupMembers.partnershipId, ids))
	]);
	for (const id of ids) {
		result.set(
			id,
			governanceWarnings(
				parties.filter((p) => p.partnershipId === id).map((p) => p.organisationId),
				steering.filter((s) => s.partnershipId === id),
				project.filter((p) => p.partnershipId === id)
			)
		);
	}
	return result;
}

export async function warningsOfPartnership(partnershipId: string): Promise<GovernanceWarning[]> {
	return (await warningsOfPartnerships([partnershipId])).get(partnershipId) ?? [];
}

/** Each warning with its explanation in the reader's language; `partyName` names a side by its id. */
export function explainWarnings(
	warnings: readonly GovernanceWarning[],
	partyName: (organisationId: string) => string
): ExplainedWarning[] {
	return warnings.map((w) => ({ ...w, message: explain(w, partyName) }));
}

function explain(warning: GovernanceWarning, partyName: (organisationId: string) => string): string {
	switch (warning.code) {
		case 'steering_majority_missing':
			return m.governance_warning_majority_missing({ party: partyName(warning.organisationId) });
		case 'steering_opposition_missing':
			return m.governance_warning_opposition_missing({ party: partyName(warning.organisationId) });
		case 'project_group_side_missing':
			return m.governance_warning_project_group_missing({ party: partyName(warning.organisationId) });
		case 'steering_chair_missing':
			return m.governance_warning_chair_missing();
	}
}
