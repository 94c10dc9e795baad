import { apiCreateOrganisation } from '$lib/server/domain/organisations/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => apiWrite(event, apiCreateOrganisation, { status: 201 });
