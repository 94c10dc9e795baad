import type {
	organisationKinds,
	partnershipExecutors,
	projectGroupMembers,
	steeringGroupMembers
} from '$lib/server/db/schema';

// The shapes use cases return and /api/v1 answers with (schemas-governance.ts describes them).

type SteeringRow = typeof steeringGroupMembers.$inferSelect;
type ProjectRow = typeof projectGroupMembers.$inferSelect;
type ExecutorRow = typeof partnershipExecutors.$inferSelect;

export function steeringMemberView(row: SteeringRow) {
	return {
		id: row.id,
		organisationId: row.organisationId,
		name: row.name,
		email: row.email,
		politicalParty: row.politicalParty,
		standing: row.standing,
		role: row.role,
		listedPublicly: row.listedPublicly
	};
}

export function projectMemberView(row: ProjectRow) {
	return {
		id: row.id,
		organisationId: row.organisationId,
		name: row.name,
		email: row.email,
		title: row.title,
		role: row.role,
		listedPublicly: row.listedPublicly
	};
}

export type ExecutorOrganisation = {
	slug: string;
	name: string;
	kind: (typeof organisationKinds)[number];
	countryCode: string;
};

export function executorView(
	row: Pick<ExecutorRow, 'id' | 'organisationId' | 'tasks'>,
	organisation: ExecutorOrganisation
) {
	return { id: row.id, organisationId: row.organisationId, tasks: row.tasks, organisation };
}
