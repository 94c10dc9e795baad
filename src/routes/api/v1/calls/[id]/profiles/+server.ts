import { apiCreateProfile } from '$lib/server/domain/profiles/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, (actor, body) => apiCreateProfile(actor, event.params.id, body), { status: 201 });
