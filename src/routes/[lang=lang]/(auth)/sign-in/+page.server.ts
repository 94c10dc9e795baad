import { redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { failWith, formFields } from '$lib/server/form-actions';
import { safeRedirectPath } from '$lib/server/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, `/${locals.locale}/workspace`);
	return {
		redirectTo: safeRedirectPath(url.searchParams.get('redirectTo')),
		passwordReset: url.searchParams.get('reset') === '1',
		// Prefilled from links that know the address (e.g. after verifying an e-mail).
		email: (url.searchParams.get('email') ?? '').slice(0, 254)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const fields = formFields(await event.request.formData());
		const email = fields.email ?? '';
		try {
			await signIn(
				{ email, password: fields.password ?? '' },
				{ address: event.getClientAddress(), headers: event.request.headers }
			);
		} catch (error) {
			// The password never goes back to the page.
			return failWith(error, { email });
		}
		const back = safeRedirectPath(fields.redirectTo ?? event.url.searchParams.get('redirectTo'));
		redirect(303, back ?? `/${event.locals.locale}/workspace`);
	}
};
