import { redirect } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { invitePerson } from '$lib/server/domain/invitations/invite-person';
import { invitationInput, type InvitationInput } from '$lib/server/domain/invitations/schemas';
import { organisationOptions } from '$lib/server/domain/organisations/queries';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { schemaFields } from '$lib/server/schema-fields';
import { submittedValues } from '../../form-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const organisations = await organisationOptions();
	return {
		organisations: organisations.map((o) => ({
			value: o.id,
			label: `${o.name} (${countryName(o.countryCode, locals.locale)})`
		})),
		fields: schemaFields(invitationInput, ['email', 'organisationId', 'role', 'locale']),
		organisationId: url.searchParams.get('organisation') ?? ''
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		let mailed: boolean;
		try {
			mailed = (await invitePerson(actor, formInput(data) as InvitationInput)).mailed;
		} catch (e) {
			return failWith(e, submittedValues(data));
		}
		redirect(303, `/${locals.locale}/admin/people?invited=${mailed ? 'sent' : 'unsent'}`);
	}
};
