import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { createProfile } from '$lib/server/domain/profiles/create-profile';
import { organisationOptions, profileFormOptions } from '$lib/server/domain/profiles/form';
import { openPartnerSearchCalls, profileOrganisationChoices } from '$lib/server/domain/profiles/options';
import type { ProfileInput } from '$lib/server/domain/profiles/schemas';
import { failWith } from '$lib/server/form-actions';
import { profileFormInput, profileFormValues } from '$lib/server/forms/profile';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** A new profile: one of my organisations abroad where I coordinate, in an open partner-search call. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const [organisations, calls, options] = await Promise.all([
		profileOrganisationChoices(locals.actor),
		openPartnerSearchCalls(),
		profileFormOptions(locals.locale)
	]);
	return {
		options: {
			...options,
			organisations: organisationOptions(organisations, locals.locale),
			calls: calls.map((c) => ({ value: c.id, label: localize(c.title, locals.locale).text || c.slug }))
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireUser(locals, url);
		const data = await request.formData();
		let id: string;
		try {
			id = (await createProfile(locals.actor, profileFormInput(data) as ProfileInput)).id;
		} catch (error) {
			return failWith(error, profileFormValues(data));
		}
		redirect(303, `/${locals.locale}/workspace/profiles/${id}?created`);
	}
};
