import { fail } from '@sveltejs/kit';
import { namedPlaces, withdrawConsent } from '$lib/server/domain/privacy/consent';
import { isAppError } from '$lib/server/errors';
import { formFields } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The person's own data: download it, and where they are named publicly, with consent to withdraw. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	return { places: await namedPlaces(locals.actor) };
};

async function withdraw(locals: App.Locals, input: { kind: string; id?: string }) {
	try {
		return { withdrawn: await withdrawConsent(locals.actor, input as Parameters<typeof withdrawConsent>[1]) };
	} catch (error) {
		if (!isAppError(error)) throw error;
		return fail(error.status, { error: error.message });
	}
}

export const actions: Actions = {
	withdraw: async ({ locals, request }) => {
		const { kind = '', id = '' } = formFields(await request.formData());
		return withdraw(locals, { kind, id });
	},
	withdrawAll: async ({ locals }) => withdraw(locals, { kind: 'all' })
};
