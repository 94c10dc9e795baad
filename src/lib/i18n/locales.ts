/** The languages Glokal speaks. Swedish is the base: the language of the programme owner. */
export const locales = ['sv', 'en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'sv';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best of our locales from an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
	if (!header) return undefined;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
		})
		.filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const primary = tag.split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return undefined;
}
