import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { removeParty } from '$lib/server/domain/partnerships/remove-party';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, async (actor) => {
		await removeParty(actor, event.params.id, { organisationId: event.params.organisationId });
		return readPartnershipDetail(actor, event.params.id);
	});
