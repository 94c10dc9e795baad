import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { addParty } from '$lib/server/domain/partnerships/add-party';
import type { PartyChangeInput } from '$lib/server/domain/partnerships/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		await addParty(actor, event.params.id, body as PartyChangeInput);
		return readPartnershipDetail(actor, event.params.id);
	});
