import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';

// Every date and time Glokal shows or reads goes through this module (decision 0012).
// - A calendar date ("2024-06-30": a project's start) is a day, the same everywhere: shown without a zone.
// - An instant (a call's closing, an event in the log) is shown in one time zone that is named:
//   "15 februari 2027 kl. 23:59 (centraleuropeisk tid)". That zone is the programme's (its setting, else
//   TIME_ZONE) unless the caller passes the reader's; the process's own zone (TZ) never plays a part.
// - A wall-clock time typed in a form ("2027-02-15T23:59") is read in the programme's zone.

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

// One zone for the whole installation: on the server, the presented programme's (domain/programmes/time-zone.ts,
// per request); in the browser, from the root layout's data, so that both print the same text.
let programmeZone = DEFAULT_TIME_ZONE;

/** The canonical IANA name of a time zone ("utc" → "UTC"), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
	try {
		return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
	} catch {
		return null;
	}
}

let knownZones: Set<string> | null = null;

/**
 * True for a time zone Intl knows by its IANA name ("Europe/Stockholm", "asia/kolkata", "UTC");
 * abbreviations and offsets ("CEST+2", "GMT+1") are not zones a programme can be on.
 */
export function isTimeZone(name: string): boolean {
	const canonical = canonicalTimeZone(name);
	knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
	return canonical !== null && (canonical === 'UTC' || knownZones.has(canonical));
}

export function setProgrammeTimeZone(zone: string): void {
	programmeZone = canonicalTimeZone(zone) ?? DEFAULT_TIME_ZONE;
}

/** The programme's time zone, an IANA name such as "Europe/Stockholm". */
export function programmeTimeZone(): string {
	return programmeZone;
}

// Intl formatters are slow to make and cheap to use: one per language, zone and options.
const made = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let found = made.get(key);
	if (!found) made.set(key, (found = new Intl.DateTimeFormat(locale, options)));
	return found;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date ("2024-06-30") as midnight UTC, so that no zone can move it a day; null when it is none. */
function calendarDate(iso: string): Date | null {
	const match = CALENDAR_DATE.exec(iso);
	if (!match) return null;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.getUTCDate() === Number(match[3]) ? date : null;
}

function instant(value: Date | string): Date | null {
	const at = value instanceof Date ? value : new Date(value);
	return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * A date alone, without a zone: "30 juni 2024", "June 30, 2024", "30 de junio de 2024". A calendar date
 * is shown as it is; an instant as the day it falls on in the programme's zone. Null when there is none.
 */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string | null {
	if (value === null || value === undefined || value === '') return null;
	const isDay = typeof value === 'string' && CALENDAR_DATE.test(value);
	const at = isDay ? calendarDate(value) : instant(value);
	if (!at) return null;
	return formatter(locale, { dateStyle: 'long', timeZone: isDay ? 'UTC' : programmeZone }).format(at);
}

/**
 * A zone's name in the language: "centraleuropeisk tid", "Central European Time", "hora de Europa
 * central". The generic name does not change with daylight saving time; a zone without one is named by
 * its abbreviation or offset ("UTC", "GMT-5").
 */
export function timeZoneName(timeZone: string, locale: Locale, at: Date = new Date()): string {
	// Named as in mid-January of the instant's year: in the hour a clock change repeats, ICU adds the
	// country ("Central European Time (Sweden)"), and the name must read the same all year.
	const reference = new Date(Date.UTC(at.getUTCFullYear(), 0, 15, 12));
	const name = (style: 'longGeneric' | 'short') =>
		formatter(locale, { timeZone, timeZoneName: style })
			.formatToParts(reference)
			.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
	const generic = name('longGeneric');
	return generic.startsWith('GMT') ? name('short') : generic;
}

/**
 * An instant with its zone named once: "15 februari 2027 kl. 23:59 (centraleuropeisk tid)", "February
 * 15, 2027 at 11:59 PM (Central European Time)", "15 de febrero de 2027 a las 23:59 (hora de Europa central)".
 * In the programme's zone unless another is given; an empty text for a value that is no instant.
 */
export function formatDateTime(value: Date | string, locale: Locale, timeZone: string = programmeZone): string {
	const at = instant(value);
	if (!at) return '';
	const time = formatter(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
	return m.time_in_zone({ time, zone: timeZoneName(timeZone, locale, at) }, { locale });
}

/** "2021–2024" with the language's own range punctuation; a single year when both are equal. */
export function formatYearRange(start: number, end: number, locale: Locale): string {
	const format = formatter(locale, { year: 'numeric', timeZone: 'UTC' });
	const from = new Date(Date.UTC(start, 0, 1));
	if (end === start) return format.format(from);
	return format.formatRange(from, new Date(Date.UTC(end, 0, 1)));
}

/** Years of a date span, e.g. "2021–2024", from calendar dates; null when the start is unknown. */
export function formatDateYears(start: string | null, end: string | null, locale: Locale): string | null {
	const from = start ? calendarDate(start) : null;
	if (!from) return null;
	const to = end ? calendarDate(end) : null;
	return formatYearRange(from.getUTCFullYear(), (to ?? from).getUTCFullYear(), locale);
}

/** "1 jan.–31 dec. 2023", "Jan 1 – Dec 31, 2023", "1 ene – 31 dic 2023": a span of calendar dates. */
export function formatDateRange(start: string, end: string, locale: Locale): string | null {
	const from = calendarDate(start);
	const to = calendarDate(end);
	if (!from || !to) return null;
	return formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(from, to);
}

// ---- Wall-clock times and days in a zone (forms, filters by day, "today") ----

/** Milliseconds the zone's wall clock is ahead of UTC at the instant `at`. */
function offsetAt(at: number, timeZone: string): number {
	const parts = formatter('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(new Date(at));
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
	return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock time (UTC fields of `wall`) names in a zone. As Temporal's "compatible": a
 * time the autumn change repeats is the earlier one; a time the spring change skips is read with the
 * offset before it, so 02:30 on that day is 03:30 summer time.
 */
function wallToInstant(wall: number, timeZone: string): Date {
	const hours12 = 12 * 3_600_000;
	const before = offsetAt(wall - hours12, timeZone);
	const after = offsetAt(wall + hours12, timeZone);
	const fits = [wall - before, wall - after].filter((at) => wall - offsetAt(at, timeZone) === at);
	return new Date(fits.length > 0 ? Math.min(...fits) : wall - before);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
// An ISO instant with its offset: 2027-02-15T23:59:00Z, 2027-02-15T23:59:00.000+01:00.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** A wall-clock time ("2027-02-15T17:00", a `datetime-local` value) in a zone as an instant; null when it is none. */
export function zonedLocalToInstant(local: string, timeZone: string = programmeZone): Date | null {
	const match = WALL_CLOCK.exec(local);
	if (!match) return null;
	const [y, mo, d, h, mi, s] = match.slice(1).map((v) => Number(v ?? 0)) as [number, ...number[]];
	if (h! > 23 || mi! > 59 || s! > 59) return null;
	const wall = Date.UTC(y, mo! - 1, d!, h!, mi!, s!);
	const check = new Date(wall);
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return null;
	return wallToInstant(wall, timeZone);
}

/** An instant as a `datetime-local` value ("2027-02-15T17:00") on the wall clock of a zone. */
export function instantToZonedLocal(at: Date, timeZone: string = programmeZone): string {
	return new Date(at.getTime() + offsetAt(at.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The calendar date ("2027-02-15") an instant falls on in a zone: "today" is `dayOf(new Date())`. */
export function dayOf(at: Date, timeZone: string = programmeZone): string {
	return instantToZonedLocal(at, timeZone).slice(0, 10);
}

/** The instant a calendar day ("2025-03-30") begins in a zone, daylight saving time included. */
export function startOfDay(day: string, timeZone: string = programmeZone): Date {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return wallToInstant(Date.UTC(year, month - 1, date), timeZone);
}

/** The day after a calendar day, as "YYYY-MM-DD". */
export function nextDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * An instant as the API sends it (ISO 8601 with an offset) or as a form sends it (a wall-clock time
 * without one, read in the programme's zone); null for anything else.
 */
export function parseInstant(value: string, timeZone: string = programmeZone): Date | null {
	const text = value.trim();
	if (WALL_CLOCK.test(text)) return zonedLocalToInstant(text, timeZone);
	if (!ISO_INSTANT.test(text)) return null;
	return instant(text);
}
