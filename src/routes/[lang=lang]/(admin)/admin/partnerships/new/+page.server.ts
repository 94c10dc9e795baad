import { fail, redirect } from '@sveltejs/kit';
import type { PickerState } from '$lib/components/forms/Picker.svelte';
import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { countryName } from '$lib/server/domain/countries/names';
import { organisationsByIds, pickOrganisations } from '$lib/server/domain/organisations/pick';
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
		// The parties are searched as they are typed, not listed: there are thousands of organisations.
		partySearch: `/${locals.locale}/admin/search/organisations`
	};
};

const label = (o: { name: string; countryCode: string }, locale: Locale) =>
	`${o.name} (${countryName(o.countryCode, locale)})`;

/**
 * Each party picker as the form sent it (one `partyIds` and one `partyQuery` each, in order), with the
 * chosen organisation's name, and with matches when `search` (the search button, without JavaScript).
 */
async function pickerStates(data: FormData, actor: ReturnType<typeof requireStaff>, locale: Locale, search: boolean) {
	const ids = data.getAll('partyIds').map(String);
	const queries = data.getAll('partyQuery').map(String);
	const known = new Map((await organisationsByIds(ids)).map((o) => [o.id, { id: o.id, label: label(o, locale) }]));
	const states: PickerState[] = [];
	for (let i = 0; i < Math.max(ids.length, queries.length); i++) {
		const chosen = known.get(ids[i] ?? '') ?? null;
		const query = (queries[i] ?? '').trim();
		const state: PickerState = { query, chosen, matches: null, more: false };
		if (search && query && query !== chosen?.label) {
			const found = await pickOrganisations(actor, query);
			state.matches = found.items.map((o) => ({ id: o.id, label: label(o, locale) }));
			state.more = found.more;
		}
		states.push(state);
	}
	return states;
}

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		const values = formFields(data);
		if (data.get('intent') === 'search') {
			// The search button of a picker without JavaScript: the form again, with the matches to choose from.
			return { values, parties: await pickerStates(data, actor, locals.locale, true) };
		}
		const input = formInput(data, { arrays: ['partyIds'] });
		delete input.partyQuery;
		delete input.intent;
		// Pickers left empty are not parties.
		input.partyIds = (input.partyIds as string[]).filter((id) => id !== '');
		let created;
		try {
			created = await createPartnership(actor, input as PartnershipInput);
		} catch (error) {
			const refused = failWith(error, { ...values, partyIds: (input.partyIds as string[]).join(',') });
			return fail(refused.status, { ...refused.data, parties: await pickerStates(data, actor, locals.locale, false) });
		}
		redirect(303, `/${locals.locale}/workspace/partnerships/${created.slug}`);
	}
};
