import type { Actor } from '../../accounts/actor';
import { executorsFor, governanceOf, projectGroupFor, steeringGroupFor } from '../queries';
import { explainWarnings } from '../warnings';
import type { Governance } from './schemas';

// The governance endpoints' answers, shaped as schemas-governance.ts publishes them.

/** Everything about a partnership's governance, with each open warning explained in the request's language. */
export async function readGovernance(actor: Actor, partnershipId: string): Promise<Governance> {
	const g = await governanceOf(actor, partnershipId);
	const partyName = (id: string) => g.parties.find((p) => p.id === id)?.name ?? '';
	return {
		partnershipId: g.partnershipId,
		parties: g.parties,
		steeringGroup: g.steeringGroup,
		projectGroup: g.projectGroup,
		executors: g.executors,
		warnings: explainWarnings(g.warnings, partyName)
	};
}

export async function readSteeringGroup(actor: Actor, partnershipId: string) {
	return { data: await steeringGroupFor(actor, partnershipId) };
}

export async function readProjectGroup(actor: Actor, partnershipId: string) {
	return { data: await projectGroupFor(actor, partnershipId) };
}

export async function readExecutors(actor: Actor, partnershipId: string) {
	return { data: await executorsFor(actor, partnershipId) };
}
