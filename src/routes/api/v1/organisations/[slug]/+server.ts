import { readOrganisation } from '$lib/server/api/reads';
import { apiUpdateOrganisation } from '$lib/server/api/reads-admin';
import { apiWrite, publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, () => readOrganisation(event.params.slug));

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, (actor, body) => apiUpdateOrganisation(actor, event.params.slug, body));
