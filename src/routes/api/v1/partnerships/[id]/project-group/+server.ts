import { readProjectGroup } from '$lib/server/domain/governance/api/reads';
import { apiWrite, privateRead } from '$lib/server/api/respond';
import { addProjectMember } from '$lib/server/domain/governance/add-project-member';
import type { ProjectMemberInput } from '$lib/server/domain/governance/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readProjectGroup(actor, event.params.id));

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => ({ data: await addProjectMember(actor, event.params.id, body as ProjectMemberInput) }),
		{
			status: 201
		}
	);
