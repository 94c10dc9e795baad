import { apiWrite } from '$lib/server/api/respond';
import { revokeToken } from '$lib/server/domain/tokens/revoke-token';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = (event) =>
	apiWrite(event, (actor) => revokeToken(actor, { id: event.params.id }));
