import { apiCreateOrganisation } from '$lib/server/api/reads-admin';
import { apiWrite } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => apiWrite(event, apiCreateOrganisation, { status: 201 });
