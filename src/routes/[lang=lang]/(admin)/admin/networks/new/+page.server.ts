import { redirect } from '@sveltejs/kit';
import { createNetwork } from '$lib/server/domain/networks/create-network';
import type { NetworkInput } from '$lib/server/domain/networks/schemas';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { networkFormFields, networkFormOptions } from '../options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	return { options: await networkFormOptions(locals.locale), fields: networkFormFields };
};

export const actions: Actions = {
	save: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let id: string;
		try {
			const input = formInput(data, { arrays: ['countryCodes'] }) as NetworkInput;
			id = (await createNetwork(actor, input)).id;
		} catch (e) {
			return failWith(e, submittedValues(data, ['countryCodes']));
		}
		redirect(303, `/${locals.locale}/admin/networks/${id}?created=1`);
	}
};
