import type { politicalStandings, projectGroupRoles, steeringRoles } from '$lib/server/db/schema';

export type SteeringSeat = {
	organisationId: string;
	standing: (typeof politicalStandings)[number];
	role: (typeof steeringRoles)[number];
};
export type ProjectSeat = { organisationId: string; role: (typeof projectGroupRoles)[number] };

/** A governance rule a partnership does not meet yet; `organisationId` names the side it concerns. */
export type GovernanceWarning =
	| { code: 'steering_majority_missing'; organisationId: string }
	| { code: 'steering_opposition_missing'; organisationId: string }
	| { code: 'project_group_side_missing'; organisationId: string }
	| { code: 'steering_chair_missing' };

/**
 * The programme's governance rules, checked against a partnership's groups:
 * - the steering group has politicians from both the majority and the opposition of every side;
 * - the project group has at least one official from every side;
 * - the steering group has a chair.
 * Returns what is not met yet, side by side in the parties' order; an empty list when all is well.
 */
export function governanceWarnings(
	partyIds: readonly string[],
	steering: readonly SteeringSeat[],
	project: readonly ProjectSeat[]
): GovernanceWarning[] {
	const warnings: GovernanceWarning[] = [];
	for (const organisationId of partyIds) {
		const side = steering.filter((s) => s.organisationId === organisationId);
		if (!side.some((s) => s.standing === 'majority'))
			warnings.push({ code: 'steering_majority_missing', organisationId });
		if (!side.some((s) => s.standing === 'opposition'))
			warnings.push({ code: 'steering_opposition_missing', organisationId });
		if (!project.some((p) => p.organisationId === organisationId))
			warnings.push({ code: 'project_group_side_missing', organisationId });
	}
	if (!steering.some((s) => s.role === 'chair')) warnings.push({ code: 'steering_chair_missing' });
	return warnings;
}
