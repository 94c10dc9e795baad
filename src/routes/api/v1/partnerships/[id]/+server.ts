import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite, privateRead } from '$lib/server/api/respond';
import type { PartnershipUpdateInput } from '$lib/server/domain/partnerships/schemas';
import { updatePartnership } from '$lib/server/domain/partnerships/update-partnership';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, (actor) => readPartnershipDetail(actor, event.params.id));

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const updated = await updatePartnership(actor, event.params.id, body as PartnershipUpdateInput);
		return readPartnershipDetail(actor, updated.id);
	});
