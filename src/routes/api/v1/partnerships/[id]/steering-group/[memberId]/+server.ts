import { apiWrite } from '$lib/server/api/respond';
import { removeSteeringMember } from '$lib/server/domain/governance/remove-steering-member';
import type { SteeringMemberChanges } from '$lib/server/domain/governance/schemas';
import { updateSteeringMember } from '$lib/server/domain/governance/update-steering-member';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await updateSteeringMember(actor, event.params.id, event.params.memberId, body as SteeringMemberChanges)
	}));

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, (actor) => removeSteeringMember(actor, event.params.id, event.params.memberId));
