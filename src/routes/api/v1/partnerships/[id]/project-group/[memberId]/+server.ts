import { apiWrite } from '$lib/server/api/respond';
import { removeProjectMember } from '$lib/server/domain/governance/remove-project-member';
import type { ProjectMemberChanges } from '$lib/server/domain/governance/schemas';
import { updateProjectMember } from '$lib/server/domain/governance/update-project-member';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({
		data: await updateProjectMember(actor, event.params.id, event.params.memberId, body as ProjectMemberChanges)
	}));

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, (actor) => removeProjectMember(actor, event.params.id, event.params.memberId));
