import { error, fail } from '@sveltejs/kit';
import { addNetworkExpert } from '$lib/server/domain/networks/add-network-expert';
import { getNetworkById, universityOptions } from '$lib/server/domain/networks/queries';
import { removeNetworkExpert } from '$lib/server/domain/networks/remove-network-expert';
import type { NetworkExpertInput, NetworkInput } from '$lib/server/domain/networks/schemas';
import { updateNetwork } from '$lib/server/domain/networks/update-network';
import { countryName } from '$lib/server/domain/countries/names';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { networkFormFields, networkFormOptions } from '../options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const network = await getNetworkById(params.id);
	if (!network) error(404, 'Not found');
	const [options, universities] = await Promise.all([networkFormOptions(locals.locale), universityOptions()]);
	return {
		network,
		options,
		fields: networkFormFields,
		universities: universities.map((u) => ({
			value: u.id,
			label: `${u.name} (${countryName(u.countryCode, locals.locale)})`
		})),
		created: url.searchParams.get('created') === '1'
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateNetwork(actor, params.id, formInput(data, { arrays: ['countryCodes'] }) as NetworkInput);
		} catch (e) {
			return failWith(e, submittedValues(data, ['countryCodes']));
		}
		return { saved: true };
	},
	addExpert: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		// The expert's fields are named expert.* so that their ids differ from the network form's.
		const input = formInput(data) as { expert?: NetworkExpertInput };
		try {
			await addNetworkExpert(actor, params.id, input.expert ?? ({} as NetworkExpertInput));
		} catch (e) {
			const failure = failWith(e, submittedValues(data));
			const errors = Object.fromEntries(
				Object.entries(failure.data.errors).map(([key, message]) => [key === '_form' ? key : `expert.${key}`, message])
			);
			return fail(failure.status, { expert: { errors, values: failure.data.values } });
		}
		return { expertAdded: true };
	},
	removeExpert: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		const expertId = String(data.get('expertId') ?? '');
		try {
			await removeNetworkExpert(actor, params.id, expertId);
		} catch (e) {
			const failure = failWith(e, {});
			return fail(failure.status, { expert: failure.data });
		}
		return { expertRemoved: true };
	}
};
