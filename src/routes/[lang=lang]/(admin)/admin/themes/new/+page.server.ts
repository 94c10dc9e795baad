import { redirect } from '@sveltejs/kit';
import { createTheme } from '$lib/server/domain/themes/create-theme';
import type { ThemeInput } from '$lib/server/domain/themes/schemas';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { themeFields } from '../fields.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals);
	return { fields: themeFields };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let id: string;
		try {
			id = (await createTheme(actor, formInput(data) as ThemeInput)).id;
		} catch (e) {
			return failWith(e, submittedValues(data));
		}
		redirect(303, `/${locals.locale}/admin/themes/${id}?created=1`);
	}
};
