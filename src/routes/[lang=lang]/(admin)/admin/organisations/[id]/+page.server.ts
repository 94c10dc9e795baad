import { error } from '@sveltejs/kit';
import { getOrganisationById } from '$lib/server/domain/organisations/queries';
import type { OrganisationInput } from '$lib/server/domain/organisations/schemas';
import { updateOrganisation } from '$lib/server/domain/organisations/update-organisation';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { organisationFields } from '../fields.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const organisation = await getOrganisationById(params.id);
	if (!organisation) error(404, 'Not found');
	return {
		organisation,
		fields: organisationFields,
		countries: countryOptions(locals.locale),
		created: url.searchParams.get('created') === '1'
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateOrganisation(actor, params.id, formInput(data) as OrganisationInput);
		} catch (e) {
			return failWith(e, submittedValues(data));
		}
		return { saved: true };
	}
};
