import { localize } from '$lib/i18n/translated';
import type { Locale } from '$lib/i18n/locales';
import { callInput } from '$lib/server/domain/calls/schemas';
import { listNetworks } from '$lib/server/domain/networks/queries';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { listProgrammes } from '$lib/server/domain/programmes/queries';
import { schemaFields } from '$lib/server/schema-fields';

/** The choices of the call form, named in the page's language. */
export async function callFormOptions(locale: Locale) {
	const [programmes, networks] = await Promise.all([listProgrammes(), listNetworks()]);
	return {
		programmes: programmes.map((p) => ({ value: p.id, label: localize(p.name, locale).text || p.slug })),
		networks: networks.map((n) => ({ value: n.id, label: localize(n.name, locale).text || n.slug })),
		countries: countryOptions(locale)
	};
}

/** The call form's fields, in the order it shows them: its lists stand between these and the slug. */
export const callFormFields = {
	main: schemaFields(callInput, [
		'programmeId',
		'networkId',
		'kind',
		'title',
		'body',
		'opensAt',
		'closesAt',
		'eligibleCountryCodes',
		'eligibleOrganisationKinds'
	]),
	slug: schemaFields(callInput, ['slug'])
};
