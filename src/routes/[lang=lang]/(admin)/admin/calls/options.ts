import { localize } from '$lib/i18n/translated';
import type { Locale } from '$lib/i18n/locales';
import { callKindLabel, kindLabel } from '$lib/labels';
import { callKinds, organisationKinds } from '$lib/server/db/schema';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { listProgrammes } from '$lib/server/domain/programmes/queries';

/** The choices of the call form, named in the page's language. */
export async function callFormOptions(locale: Locale) {
	const [programmes, networks] = await Promise.all([listProgrammes(), listNetworks()]);
	return {
		programmes: programmes.map((p) => ({ value: p.id, label: localize(p.name, locale).text || p.slug })),
		networks: networks.map((n) => ({ value: n.id, label: localize(n.name, locale).text || n.slug })),
		kinds: callKinds.map((k) => ({ value: k, label: callKindLabel(k) })),
		organisationKinds: organisationKinds.map((k) => ({ value: k, label: kindLabel(k) })),
		countries: countryOptions(locale)
	};
}
