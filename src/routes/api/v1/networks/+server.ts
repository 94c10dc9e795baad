import { readNetworks } from '$lib/server/api/reads';
import { apiCreateNetwork } from '$lib/server/api/reads-admin';
import { apiWrite, publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, readNetworks);

export const POST: RequestHandler = (event) => apiWrite(event, apiCreateNetwork, { status: 201 });
