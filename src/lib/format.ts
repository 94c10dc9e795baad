import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';

// Dates, numbers and names in the page's language, through Intl only.

// Intl objects are slow to make and cheap to use: one per language and options, reused (a list
// page formats dozens of dates).
const made = new Map<string, unknown>();
function reused<T>(kind: string, locale: Locale, options: object | undefined, make: () => T): T {
	const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
	let found = made.get(key) as T | undefined;
	if (!found) made.set(key, (found = make()));
	return found;
}

/** Parses a calendar date ("2024-06-30") as midnight UTC, so no time zone can move it a day. */
function calendarDate(iso: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return null;
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "30 juni 2024", "June 30, 2024", "30 de junio de 2024"; null when there is no date. */
export function formatDate(iso: string | null | undefined, locale: Locale): string | null {
	const date = iso ? calendarDate(iso) : null;
	if (!date) return null;
	const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
	return reused('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** "2021–2024" with the language's own range punctuation; a single year when both are equal. */
export function formatYearRange(start: number, end: number, locale: Locale): string {
	const options = { year: 'numeric', timeZone: 'UTC' } as const;
	const format = reused('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
	const from = new Date(Date.UTC(start, 0, 1));
	if (end === start) return format.format(from);
	return format.formatRange(from, new Date(Date.UTC(end, 0, 1)));
}

/** Years of a date span, e.g. "2021–2024", from ISO dates; null when the start is unknown. */
export function formatDateYears(start: string | null, end: string | null, locale: Locale): string | null {
	const from = start ? calendarDate(start) : null;
	if (!from) return null;
	const to = end ? calendarDate(end) : null;
	return formatYearRange(from.getUTCFullYear(), (to ?? from).getUTCFullYear(), locale);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	return reused('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
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
	const formatted = formatNumber(count, locale);
	return reused('plural', locale, undefined, () => new Intl.PluralRules(locale)).select(count) === 'one'
		? m.public_partnership_count_one({ count: formatted }, { locale })
		: m.public_partnership_count_other({ count: formatted }, { locale });
}

/** A list joined the language's way: "A, B och C", "A, B and C", "A, B y C". */
export function formatList(items: string[], locale: Locale): string {
	const options = { style: 'long', type: 'conjunction' } as const;
	return reused('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}
