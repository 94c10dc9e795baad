import { apiWrite, privateRead } from '$lib/server/api/respond';
import { createToken } from '$lib/server/domain/tokens/create-token';
import { listTokens } from '$lib/server/domain/tokens/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, async (actor) => ({ data: await listTokens(actor) }));

export const POST: RequestHandler = (event) =>
	apiWrite(event, (actor, body) => createToken(actor, body as Record<string, unknown>), { status: 201 });
