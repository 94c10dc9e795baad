import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/domain/accounts/sign-in';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so only a POST does it; the page offers the button for that POST.
export const load: PageServerLoad = ({ locals }) => ({ name: locals.user?.name ?? null });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		await signOut(request.headers);
		redirect(303, `/${locals.locale}`);
	}
};
