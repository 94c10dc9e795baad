import { error } from '@sveltejs/kit';
import { getProgrammeById } from '$lib/server/domain/programmes/queries';
import { retentionFields, retentionOf, type RetentionInput } from '$lib/server/domain/privacy/settings';
import { updateRetention } from '$lib/server/domain/privacy/update-settings';
import { failWith, formFields } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** A programme's retention periods for personal data (domain/privacy/settings.ts). */
export const load: PageServerLoad = async ({ locals, params }) => {
	requireStaff(locals);
	const programme = await getProgrammeById(params.id);
	if (!programme) error(404, 'Not found');
	return { programme: { id: programme.id, name: programme.name }, retention: await retentionOf(programme.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const values = formFields(await request.formData());
		try {
			await updateRetention(actor, params.id, values as RetentionInput);
		} catch (e) {
			return failWith(e, Object.fromEntries(retentionFields.map((f) => [f, values[f] ?? ''])));
		}
		return { saved: true };
	}
};
