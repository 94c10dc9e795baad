import { readProfile } from '$lib/server/domain/profiles/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor) => readProfile(actor, (await withdrawProfile(actor, event.params.id)).id));
