import { readSteeringGroup } from '$lib/server/domain/governance/api/reads';
import { apiWrite, privateRead } from '$lib/server/api/respond';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import type { SteeringMemberInput } from '$lib/server/domain/governance/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readSteeringGroup(actor, event.params.id));

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => ({ data: await addSteeringMember(actor, event.params.id, body as SteeringMemberInput) }),
		{
			status: 201
		}
	);
