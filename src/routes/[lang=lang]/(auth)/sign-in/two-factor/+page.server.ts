import { redirect } from '@sveltejs/kit';
import { hasPendingChallenge } from '$lib/server/domain/two-factor/challenge';
import { completeTwoFactorSignIn } from '$lib/server/domain/two-factor/verify-sign-in';
import { isAppError } from '$lib/server/errors';
import { failWith, formFields } from '$lib/server/form-actions';
import { requestClient } from '$lib/server/request-client';
import { safeRedirectPath } from '$lib/server/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

/** The second step of signing in: only after the right password (better-auth's two_factor cookie). */
export const load: PageServerLoad = ({ locals, url, request }) => {
	if (locals.user) redirect(303, `/${locals.locale}/workspace`);
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'));
	if (!hasPendingChallenge(request.headers)) redirect(303, signInAgain(locals.locale, redirectTo));
	return { redirectTo, recovery: url.searchParams.get('method') === 'recovery' };
};

export const actions: Actions = {
	default: async (event) => {
		const fields = formFields(await event.request.formData());
		const method = fields.method === 'recovery' ? 'recovery' : 'app';
		const back = safeRedirectPath(fields.redirectTo ?? event.url.searchParams.get('redirectTo'));
		try {
			const { userId } = await completeTwoFactorSignIn({ method, code: fields.code ?? '' }, requestClient(event));
			event.locals.signedInUserId = userId;
		} catch (error) {
			// An ended challenge (too many wrong codes, or ten minutes gone) starts over at the password.
			if (isAppError(error) && error.code === 'unauthenticated')
				redirect(303, `${signInAgain(event.locals.locale, back)}&reason=code`);
			return failWith(error, {});
		}
		redirect(303, back ?? `/${event.locals.locale}/workspace`);
	}
};

function signInAgain(locale: string, back: string | null): string {
	return `/${locale}/sign-in?redirectTo=${encodeURIComponent(back ?? `/${locale}/workspace`)}`;
}
