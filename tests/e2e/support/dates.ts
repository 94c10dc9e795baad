// Dates the journeys type, counted from today so that no journey starts failing on a fixed day.

const DAY = 86_400_000;

/** The calendar date ("2027-03-01") `days` days from today (UTC: a margin of a day or more is left). */
export function dayFromToday(days: number): string {
	return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** A `datetime-local` value ("2027-03-01T17:00") `days` days from today at a wall-clock time. */
export function dateTimeFromToday(days: number, time: string): string {
	return `${dayFromToday(days)}T${time}`;
}

/** This year plus `years`. */
export function yearFromNow(years = 0): number {
	return new Date().getUTCFullYear() + years;
}
