import { readPartnershipDetail } from '$lib/server/domain/partnerships/api/reads';
import { readPartnerships } from '$lib/server/domain/partnerships/api/reads';
import { apiWrite, publicRead } from '$lib/server/api/respond';
import { createPartnership } from '$lib/server/domain/partnerships/create-partnership';
import type { PartnershipInput } from '$lib/server/domain/partnerships/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, () => readPartnerships(event.url.searchParams));

export const POST: RequestHandler = (event) =>
	apiWrite(
		event,
		async (actor, body) => readPartnershipDetail(actor, (await createPartnership(actor, body as PartnershipInput)).id),
		{ status: 201 }
	);
