import { apiUpdateNetwork } from '$lib/server/domain/networks/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, (actor, body) => apiUpdateNetwork(actor, event.params.id, body));
