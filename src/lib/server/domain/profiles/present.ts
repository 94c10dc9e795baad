import type { Locale } from '$lib/i18n/locales';
import { countryName } from '../countries/names';
import { languageLabel } from './languages';
import type { ProfileRow } from './queries';

/** A profile as the public pages show it: country and languages named in the reader's language. */
export function profileView(p: ProfileRow, locale: Locale) {
	return {
		id: p.id,
		organisation: { slug: p.organisation.slug, name: p.organisation.name },
		country: countryName(p.organisation.countryCode, locale),
		population: p.population === null ? null : Number(p.population),
		theme: p.theme.name,
		challenge: p.challenge,
		hopes: p.hopes,
		contactRole: p.contactRole,
		languages: p.languages.map((code) => languageLabel(code, locale)),
		matchesLeft: p.matchesLeft,
		call: { slug: p.call.slug, title: p.call.title }
	};
}

export type ProfileView = ReturnType<typeof profileView>;
