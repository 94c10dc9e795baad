import { readProfile } from '$lib/server/domain/profiles/api/reads';
import { apiWrite } from '$lib/server/api/respond';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor) => readProfile(actor, (await publishProfile(actor, event.params.id)).id));
