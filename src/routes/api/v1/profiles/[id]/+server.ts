import { json } from '@sveltejs/kit';
import { readProfile } from '$lib/server/domain/profiles/api/reads';
import { apiError, apiWrite } from '$lib/server/api/respond';
import type { ProfileUpdateInput } from '$lib/server/domain/profiles/schemas';
import { updateProfile } from '$lib/server/domain/profiles/update-profile';
import type { RequestHandler } from './$types';

// A published profile is public, a draft only its organisation's people's and staff's: the answer
// depends on who asks, so it is never cached, and a signed-out reader is simply nobody in particular.
export const GET: RequestHandler = async (event) => {
	try {
		return json(await readProfile(event.locals.actor, event.params.id), { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		return apiError(error, event);
	}
};

export const PATCH: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => {
		const updated = await updateProfile(actor, event.params.id, body as ProfileUpdateInput);
		return readProfile(actor, updated.id);
	});
