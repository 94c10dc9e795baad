import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { countryName } from '$lib/server/domain/countries/names';
import { createPartnership } from '$lib/server/domain/partnerships/create-partnership';
import type { PartnershipInput } from '$lib/server/domain/partnerships/schemas';
import { partnershipChoices } from '$lib/server/domain/partnerships/workspace';
import { failWith, formFields, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireStaff(locals);
	const choices = await partnershipChoices();
	const name = (value: Parameters<typeof localize>[0]) => localize(value, locals.locale).text;
	return {
		programmes: choices.programmes.map((p) => ({ value: p.id, label: name(p.name) })),
		themes: choices.themes.map((t) => ({ value: t.id, label: name(t.name) })),
		networks: choices.networks.map((n) => ({ value: n.id, label: `${name(n.name)} (${n.startYear}–${n.endYear})` })),
		organisations: choices.organisations.map((o) => ({
			value: o.id,
			label: `${o.name} (${countryName(o.countryCode, locals.locale)})`
		}))
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		const input = formInput(data, { arrays: ['partyIds'] });
		// Party pickers left on "choose…" are not parties.
		input.partyIds = (input.partyIds as string[]).filter((id) => id !== '');
		let created;
		try {
			created = await createPartnership(actor, input as PartnershipInput);
		} catch (error) {
			return failWith(error, { ...formFields(data), partyIds: (input.partyIds as string[]).join(',') });
		}
		redirect(303, `/${locals.locale}/workspace/partnerships/${created.slug}`);
	}
};
