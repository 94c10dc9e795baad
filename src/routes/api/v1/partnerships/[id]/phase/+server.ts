import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { movePhase } from '$lib/server/domain/partnerships/move-phase';
import type { PhaseMoveInput } from '$lib/server/domain/partnerships/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const { partnership } = await movePhase(actor, event.params.id, body as PhaseMoveInput);
		return readPartnershipDetail(actor, partnership.id);
	});
