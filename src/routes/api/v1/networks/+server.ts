import { apiCreateNetwork, readNetworks } from '$lib/server/domain/networks/api/reads';
import { apiWrite, publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, readNetworks);

export const POST: RequestHandler = (event) => apiWrite(event, apiCreateNetwork, { status: 201 });
