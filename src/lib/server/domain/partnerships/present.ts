import type { Locale } from '$lib/i18n/locales';
import { countryName } from '../countries/names';
import type { PartySummary } from './queries';

/**
 * Adds each party's country name in the page's language. Country names live on the server
 * (the name tables are large), so pages get them ready-made from their load functions.
 */
export function withPartyCountries<T extends { parties: PartySummary[] }>(rows: T[], locale: Locale) {
	return rows.map((row) => ({
		...row,
		parties: row.parties.map((party) => ({ ...party, countryName: countryName(party.countryCode, locale) }))
	}));
}
