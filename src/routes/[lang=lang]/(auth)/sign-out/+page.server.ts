import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/domain/accounts/sign-in';
import { requestClient } from '$lib/server/request-client';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so only a POST does it; the page offers the button for that POST.
export const load: PageServerLoad = ({ locals }) => ({ name: locals.user?.name ?? null });

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const who = locals.user ? { userId: locals.user.id, client: requestClient(event) } : undefined;
		await signOut(request.headers, who);
		redirect(303, `/${locals.locale}`);
	}
};
