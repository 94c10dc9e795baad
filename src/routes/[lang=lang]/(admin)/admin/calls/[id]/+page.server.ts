import { publishCall, unpublishCall } from '$lib/server/domain/calls/publish-call';
import { getCallForStaff } from '$lib/server/domain/calls/queries';
import type { CallUpdateInput } from '$lib/server/domain/calls/schemas';
import { updateCall } from '$lib/server/domain/calls/update-call';
import { failWith, orErrorPage } from '$lib/server/form-actions';
import { instantToZonedLocal } from '$lib/time';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { callFormInput } from '../form-input';
import { callFormFields, callFormOptions } from '../options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const [call, options] = await Promise.all([
		orErrorPage(getCallForStaff(actor, params.id)),
		callFormOptions(locals.locale)
	]);
	return {
		call: {
			...call,
			networkId: call.network?.id ?? null,
			programmeId: call.programme.id,
			opensAtLocal: instantToZonedLocal(call.opensAt),
			closesAtLocal: instantToZonedLocal(call.closesAt)
		},
		options,
		fields: callFormFields,
		created: url.searchParams.get('created') === '1'
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateCall(actor, params.id, callFormInput(data) as CallUpdateInput);
		} catch (e) {
			return failWith(e, submittedValues(data, ['eligibleCountryCodes', 'eligibleOrganisationKinds']));
		}
		return { saved: true };
	},
	publish: async ({ locals, params }) => {
		await orErrorPage(publishCall(requireStaff(locals), params.id));
		return { published: true };
	},
	unpublish: async ({ locals, params }) => {
		await orErrorPage(unpublishCall(requireStaff(locals), params.id));
		return { unpublished: true };
	}
};
