import { redirect } from '@sveltejs/kit';
import { createOrganisation } from '$lib/server/domain/organisations/create-organisation';
import type { OrganisationInput } from '$lib/server/domain/organisations/schemas';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { submittedValues } from '../../form-values';
import { organisationFields } from '../fields.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals);
	return { fields: organisationFields, countries: countryOptions(locals.locale) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let id: string;
		try {
			id = (await createOrganisation(actor, formInput(data) as OrganisationInput)).id;
		} catch (e) {
			return failWith(e, submittedValues(data));
		}
		redirect(303, `/${locals.locale}/admin/organisations/${id}?created=1`);
	}
};
