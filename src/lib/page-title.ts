// Every page's <title>, built one way: the page itself first, then where it sits, then the site,
// e.g. "Styrgrupp och projektgrupp · En tillgänglig kommun för alla · Glokal". One separator for
// all pages: the middle dot, because the en dash already joins names ("Ale – Ghanzi – Budesti").

export const titleSeparator = ' · ';

/** The document title from the most specific part to the least; empty parts are left out. */
export function pageTitle(...parts: (string | null | undefined)[]): string {
	return [...parts.filter((part): part is string => !!part?.trim()), 'Glokal'].join(titleSeparator);
}
