import { error } from '@sveltejs/kit';
import { getThemeById } from '$lib/server/domain/themes/queries';
import { updateTheme } from '$lib/server/domain/themes/update-theme';
import type { ThemeInput } from '$lib/server/domain/themes/schemas';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { themeFields } from '../fields.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const theme = await getThemeById(params.id);
	if (!theme) error(404, 'Not found');
	return { theme, fields: themeFields, created: url.searchParams.get('created') === '1' };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateTheme(actor, params.id, formInput(data) as ThemeInput);
		} catch (e) {
			return failWith(e, submittedValues(data));
		}
		return { saved: true };
	}
};
