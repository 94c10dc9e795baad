import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';

// Numbers and names in the page's language, through Intl only. Dates and times: $lib/time (decision 0012).

// Intl objects are slow to make and cheap to use: one per language and options, reused (a list
// page formats dozens of dates).
const made = new Map<string, unknown>();
function reused<T>(kind: string, locale: Locale, options: object | undefined, make: () => T): T {
	const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
	let found = made.get(key) as T | undefined;
	if (!found) made.set(key, (found = make()));
	return found;
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	return reused('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * A stored number as a form field shows it, in the reader's way so that it is read back the same
 * ("12,345" in Swedish and Spanish, "12.345" in English): every decimal, no thousands separators.
 */
export function formatNumberInput(value: number, locale: Locale): string {
	return formatNumber(value, locale, { useGrouping: false, maximumFractionDigits: 20 });
}

/** Population as a whole number with the language's grouping ("144 000", "144,000", "144.000"). */
export function formatPopulation(value: number, locale: Locale): string {
	return formatNumber(Math.round(value), locale, { maximumFractionDigits: 0 });
}

/** "57.78° N, 14.16° E" with the language's decimal sign and compass letters. */
export function formatCoordinates(latitude: number, longitude: number, locale: Locale): string {
	const degrees = (value: number) => formatNumber(Math.abs(value), locale, { maximumFractionDigits: 2 });
	const lat = latitude >= 0 ? m.public_coordinate_north : m.public_coordinate_south;
	const lon = longitude >= 0 ? m.public_coordinate_east : m.public_coordinate_west;
	return m.public_coordinates(
		{
			latitude: lat({ degrees: degrees(latitude) }, { locale }),
			longitude: lon({ degrees: degrees(longitude) }, { locale })
		},
		{ locale }
	);
}

/** A language's name in the page's language: "engelska", "Swedish", "sueco". */
export function languageName(code: Locale, locale: Locale): string {
	return (
		reused('language', locale, undefined, () => new Intl.DisplayNames(locale, { type: 'language' })).of(code) ?? code
	);
}

/** "1 partnership" / "12 partnerships", with the number formatted for the page. */
export function partnershipCount(count: number, locale: Locale): string {
	return countOf(count, locale, m.public_partnership_count_one, m.public_partnership_count_other);
}

type CountMessage = (inputs: { count: string }, options: { locale: Locale }) => string;

/** "1 call", "12 calls": a count in the language's plural form, from the message for one and for more. */
export function countOf(count: number, locale: Locale, one: CountMessage, other: CountMessage): string {
	const formatted = formatNumber(count, locale);
	return reused('plural', locale, undefined, () => new Intl.PluralRules(locale)).select(count) === 'one'
		? one({ count: formatted }, { locale })
		: other({ count: formatted }, { locale });
}

/** A list joined the language's way: "A, B och C", "A, B and C", "A, B y C". */
export function formatList(items: string[], locale: Locale): string {
	const options = { style: 'long', type: 'conjunction' } as const;
	return reused('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** A share in per cent (0–100) the language's way: "26 %" in Swedish and Spanish, "26%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
	return formatNumber(percent / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
}

/**
 * A measured value with its unit: "58 %" / "58%" when the unit is per cent (so it reads like every other
 * percentage on the page), else "12 skolor". The unit is the indicator's own text, shown as written.
 */
export function formatMeasure(value: number, unit: string | null | undefined, locale: Locale): string {
	const written = unit?.trim();
	if (written === '%') return formatPercent(value, locale);
	const number = formatNumber(value, locale, { maximumFractionDigits: 2 });
	return written ? `${number} ${written}` : number;
}
