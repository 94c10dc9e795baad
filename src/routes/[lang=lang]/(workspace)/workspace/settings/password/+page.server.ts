import { changePassword } from '$lib/server/domain/accounts/change-password';
import { failWith, formFields } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import { requestClient } from '$lib/server/request-client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	/** Passwords never go back to the page. */
	default: async (event) => {
		const values = formFields(await event.request.formData());
		try {
			await changePassword(event.locals.actor, values, requestClient(event));
			return { changed: true };
		} catch (error) {
			return failWith(error, {});
		}
	}
};
