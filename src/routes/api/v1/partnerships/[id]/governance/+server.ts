import { readGovernance } from '$lib/server/api/reads-governance';
import { privateRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await readGovernance(actor, event.params.id) }));
