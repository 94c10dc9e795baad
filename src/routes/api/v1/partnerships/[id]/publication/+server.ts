import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { publishPartnership } from '$lib/server/domain/partnerships/publish-partnership';
import type { PublicationInput } from '$lib/server/domain/partnerships/schemas';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const partnership = await publishPartnership(actor, event.params.id, body as PublicationInput);
		return readPartnershipDetail(actor, partnership.id);
	});
