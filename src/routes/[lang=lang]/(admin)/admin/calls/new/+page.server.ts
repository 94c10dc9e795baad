import { redirect } from '@sveltejs/kit';
import { createCall } from '$lib/server/domain/calls/create-call';
import type { CallInput } from '$lib/server/domain/calls/schemas';
import { failWith } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { callFormInput } from '../form-input';
import { callFormFields, callFormOptions } from '../options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	return { options: await callFormOptions(locals.locale), fields: callFormFields };
};

export const actions: Actions = {
	save: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let id: string;
		try {
			id = (await createCall(actor, callFormInput(data) as CallInput)).id;
		} catch (e) {
			return failWith(e, submittedValues(data, ['eligibleCountryCodes', 'eligibleOrganisationKinds']));
		}
		redirect(303, `/${locals.locale}/admin/calls/${id}?created=1`);
	}
};
