import { error, redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { createProfile } from '$lib/server/domain/profiles/create-profile';
import { organisationOptions, profileFormOptions } from '$lib/server/domain/profiles/form';
import { eligibleProfileOrganisations, profileCallSummary } from '$lib/server/domain/profiles/options';
import type { ProfileInput } from '$lib/server/domain/profiles/schemas';
import { failWith } from '$lib/server/form-actions';
import { profileFormInput, profileFormValues } from '$lib/server/forms/profile';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Staff: a profile on behalf of an organisation abroad in one of the programme's countries. */
export const load: PageServerLoad = async ({ locals, params }) => {
	requireStaff(locals);
	const call = await profileCallSummary(params.id);
	if (!call) error(404, 'Not found');
	const [organisations, options] = await Promise.all([
		eligibleProfileOrganisations(call.programmeId),
		profileFormOptions(locals.locale)
	]);
	return {
		call: { id: call.id, kind: call.kind, title: localize(call.title, locals.locale) },
		options: { ...options, organisations: organisationOptions(organisations, locals.locale) }
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let id: string;
		try {
			const input = { ...profileFormInput(data), callId: params.id } as ProfileInput;
			id = (await createProfile(actor, input)).id;
		} catch (e) {
			return failWith(e, profileFormValues(data));
		}
		redirect(303, `/${locals.locale}/admin/calls/${params.id}/profiles/${id}?created`);
	}
};
