import { redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { failWith, formFields } from '$lib/server/form-actions';
import { requestClient } from '$lib/server/request-client';
import { safeRedirectPath } from '$lib/server/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, `/${locals.locale}/workspace`);
	return {
		redirectTo: safeRedirectPath(url.searchParams.get('redirectTo')),
		passwordReset: url.searchParams.get('reset') === '1',
		// Sent here because the session was unused too long (session-guards.ts).
		idle: url.searchParams.get('reason') === 'idle',
		// Sent back from the second step: too many wrong codes, or it took too long.
		codeExpired: url.searchParams.get('reason') === 'code',
		// Prefilled from links that know the address (e.g. after verifying an e-mail).
		email: (url.searchParams.get('email') ?? '').slice(0, 254)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const fields = formFields(await event.request.formData());
		const email = fields.email ?? '';
		let result;
		try {
			result = await signIn({ email, password: fields.password ?? '' }, requestClient(event));
		} catch (error) {
			// The password never goes back to the page.
			return failWith(error, { email });
		}
		const back = safeRedirectPath(fields.redirectTo ?? event.url.searchParams.get('redirectTo'));
		if (result.next === 'two_factor') {
			const query = back ? `?redirectTo=${encodeURIComponent(back)}` : '';
			redirect(303, `/${event.locals.locale}/sign-in/two-factor${query}`);
		}
		event.locals.signedInUserId = result.userId;
		redirect(303, back ?? `/${event.locals.locale}/workspace`);
	}
};
