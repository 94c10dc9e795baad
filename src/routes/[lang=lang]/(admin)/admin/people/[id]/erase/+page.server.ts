import { fail, redirect } from '@sveltejs/kit';
import { erasePerson } from '$lib/server/domain/privacy/erase-person';
import { erasurePreview } from '$lib/server/domain/privacy/erasure-preview';
import { keptList } from '$lib/server/domain/privacy/kept';
import { isAppError } from '$lib/server/errors';
import { orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The confirmation before erasing a person: what goes, what stays by law and why. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = requireStaff(locals);
	const preview = await orErrorPage(erasurePreview(actor, params.id));
	return { ...preview, kept: keptList() };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const actor = requireStaff(locals);
		let pseudonym: string;
		try {
			({ pseudonym } = await erasePerson(actor, params.id));
		} catch (error) {
			if (!isAppError(error)) throw error;
			return fail(error.status, { error: error.message });
		}
		redirect(303, `/${locals.locale}/admin/people?erased=${encodeURIComponent(pseudonym)}`);
	}
};
