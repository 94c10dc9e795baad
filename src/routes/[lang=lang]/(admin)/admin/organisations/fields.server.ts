import { organisationInput } from '$lib/server/domain/organisations/schemas';
import { schemaFields } from '$lib/server/schema-fields';

/** The organisation form's fields, in the order it shows them. */
export const organisationFields = schemaFields(organisationInput, [
	'name',
	'kind',
	'countryCode',
	'subdivision',
	'population',
	'latitude',
	'longitude',
	'website',
	'description'
]);
