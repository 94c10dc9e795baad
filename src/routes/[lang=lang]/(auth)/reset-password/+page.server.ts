import { redirect } from '@sveltejs/kit';
import { isResetLinkUsable, resetPassword } from '$lib/server/domain/accounts/password-reset';
import { failWith, formFields } from '$lib/server/form-actions';
import { requestClient } from '$lib/server/request-client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token');
	// A dead link is said at once, not after the reader has typed a new password twice.
	return { token: token ?? '', usable: await isResetLinkUsable(token) };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const { token = '', password = '', confirm = '' } = formFields(await request.formData());
		try {
			await resetPassword({ token, password, confirm }, requestClient(event));
		} catch (error) {
			// Passwords are never sent back; the link is, so the reader can try again.
			return failWith(error, { token });
		}
		redirect(303, `/${locals.locale}/sign-in?reset=1`);
	}
};
