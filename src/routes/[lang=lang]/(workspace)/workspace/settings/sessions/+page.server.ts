import { fail } from '@sveltejs/kit';
import { endOtherSessions, endSession } from '$lib/server/domain/sessions/end-sessions';
import { listSessions } from '$lib/server/domain/sessions/queries';
import { mySignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { signInEventLabel } from '$lib/server/domain/sign-in-events/present';
import { isAppError } from '$lib/server/errors';
import { formFields } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import { requestClient } from '$lib/server/request-client';
import type { Actions, PageServerLoad } from './$types';

const RECENT = 10;

/** The person's sessions (this one marked) with a way to end them, and their latest sign-in events. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const [sessions, events] = await Promise.all([
		listSessions(locals.actor, locals.sessionId ?? null),
		mySignInEvents(locals.actor, { page: 1, limit: RECENT })
	]);
	return {
		sessions,
		events: events.items.map((e) => ({ ...e, ...signInEventLabel(e.kind, e.detail) })),
		moreEvents: events.total > RECENT
	};
};

export const actions: Actions = {
	end: async (event) => {
		const { id } = formFields(await event.request.formData());
		try {
			await endSession(event.locals.actor, { id }, current(event));
			return { ended: 1 };
		} catch (error) {
			if (!isAppError(error)) throw error;
			return fail(error.status, { endError: error.fieldErrors._form ?? error.message });
		}
	},
	endOthers: async (event) => {
		return { ended: await endOtherSessions(event.locals.actor, current(event)) };
	}
};

function current(event: Parameters<Actions[string]>[0]) {
	return { sessionId: event.locals.sessionId ?? null, client: requestClient(event) };
}
