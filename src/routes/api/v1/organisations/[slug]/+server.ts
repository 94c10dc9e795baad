import { apiUpdateOrganisation, readOrganisation } from '$lib/server/domain/organisations/api/reads';
import { apiWrite, publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, () => readOrganisation(event.params.slug));

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, (actor, body) => apiUpdateOrganisation(actor, event.params.slug, body));
