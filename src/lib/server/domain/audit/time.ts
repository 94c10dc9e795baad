// The programme is run from Sweden: its records are shown, and filtered by day, in Swedish time, and the
// shown times name the zone so that a reader elsewhere is not misled.

export const PROGRAMME_TIME_ZONE = 'Europe/Stockholm';

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		})
			.formatToParts(new Date(instant))
			.map((part) => [part.type, Number(part.value)])
	) as Record<string, number>;
	const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
	return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day ('2025-03-30') begins in a time zone, daylight saving time included. */
export function startOfDay(day: string, timeZone = PROGRAMME_TIME_ZONE): Date {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const midnight = Date.UTC(year, month - 1, date);
	const first = midnight - offsetAt(midnight, timeZone);
	return new Date(midnight - offsetAt(first, timeZone));
}

/** The day after a calendar day, as 'YYYY-MM-DD'. */
export function nextDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
