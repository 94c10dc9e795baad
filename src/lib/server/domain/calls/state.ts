import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { kindLabel } from '$lib/labels';
import { formatDateTime } from '$lib/time';
import { countryName } from '../countries/names';

export type CallState = 'upcoming' | 'open' | 'closed';

type Dated = { opensAt: Date; closesAt: Date };

/** Where a call stands at `now`: it takes answers from its opening up to (not including) its closing. */
export function callState(call: Dated, now: Date = new Date()): CallState {
	if (now < call.opensAt) return 'upcoming';
	return now < call.closesAt ? 'open' : 'closed';
}

/** Why the call takes no answers now, in the reader's language; null while it is open. */
export function openCallProblem(call: Dated, now: Date = new Date()): string | null {
	const state = callState(call, now);
	if (state === 'closed') return m.calls_error_closed();
	if (state === 'upcoming') return m.calls_error_not_open_yet({ opens: formatDateTime(call.opensAt, getLocale()) });
	return null;
}

type Eligible = { eligibleCountryCodes: readonly string[]; eligibleOrganisationKinds: readonly string[] };

/**
 * Why an organisation may not answer the call (its country or its kind is not among those the call
 * names; an empty list means any), in the reader's language; null when it may.
 */
export function eligibilityProblem(call: Eligible, organisation: { countryCode: string; kind: string }): string | null {
	if (call.eligibleCountryCodes.length > 0 && !call.eligibleCountryCodes.includes(organisation.countryCode))
		return m.calls_error_country_not_eligible({ country: countryName(organisation.countryCode, getLocale()) });
	if (call.eligibleOrganisationKinds.length > 0 && !call.eligibleOrganisationKinds.includes(organisation.kind))
		return m.calls_error_kind_not_eligible({ kind: kindLabel(organisation.kind).toLocaleLowerCase(getLocale()) });
	return null;
}
