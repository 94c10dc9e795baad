import { apiWrite, privateRead } from '$lib/server/api/respond';
import { getPlan } from '$lib/server/domain/plan/queries';
import { updatePlan } from '$lib/server/domain/plan/update-plan';
import type { PlanInput } from '$lib/server/domain/plan/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await getPlan(actor, event.params.id) }));

export const PUT: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({ data: await updatePlan(actor, event.params.id, body as PlanInput) }));
