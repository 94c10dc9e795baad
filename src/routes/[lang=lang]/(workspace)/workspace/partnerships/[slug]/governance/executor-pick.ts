import type { PickerOption, PickerState } from '$lib/components/forms/Picker.svelte';
import type { Locale } from '$lib/i18n/locales';
import { kindLabel, type OrganisationKind } from '$lib/labels';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { countryName } from '$lib/server/domain/countries/names';
import { pickExecutorCandidates } from '$lib/server/domain/governance/queries';
import { organisationsByIds } from '$lib/server/domain/organisations/pick';

// The executor picker of the governance tab, on the server: its options' labels, and its state when
// the "add an executor" form comes back (a search without JavaScript, or a refusal).

export function executorOption(
	o: { id: string; name: string; kind: string; countryCode: string },
	locale: Locale
): PickerOption {
	return {
		id: o.id,
		label: `${o.name} (${kindLabel(o.kind as OrganisationKind)}, ${countryName(o.countryCode, locale)})`
	};
}

/** What the form sent (`organisationId`, `organisationQuery`), with matches when `search`. */
export async function executorPickerState(
	form: FormData,
	actor: Actor,
	slug: string,
	locale: Locale,
	search: boolean
): Promise<PickerState> {
	const [organisation] = await organisationsByIds([String(form.get('organisationId') ?? '')]);
	const chosen = organisation ? executorOption(organisation, locale) : null;
	const query = String(form.get('organisationQuery') ?? '').trim();
	if (!search || !query || query === chosen?.label) return { query, chosen, matches: null, more: false };
	const found = await pickExecutorCandidates(actor, { slug }, query);
	return { query, chosen, matches: found.items.map((o) => executorOption(o, locale)), more: found.more };
}
