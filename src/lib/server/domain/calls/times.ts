// Calls open and close at instants; staff type them as wall-clock times in Stockholm (a form's
// `datetime-local` value has no zone). These convert between the two, daylight saving included.

export const PROGRAMME_TIME_ZONE = 'Europe/Stockholm';

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
// An ISO instant with its offset: 2027-02-15T23:59:00Z, 2027-02-15T23:59:00.000+01:00.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Milliseconds `timeZone` is ahead of UTC at the instant `at`. */
function offsetAt(at: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(at));
	const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
	return wall - Math.floor(at / 1000) * 1000;
}

/**
 * A wall-clock time ("2027-02-15T17:00") in `timeZone` as an instant, or null when it is not one.
 * A time skipped by the spring change is read with the offset before it (02:30 → 03:30 CEST).
 */
export function zonedLocalToInstant(local: string, timeZone = PROGRAMME_TIME_ZONE): Date | null {
	const match = localPattern.exec(local);
	if (!match) return null;
	const [y, mo, d, h, mi, s] = match.slice(1).map((v) => Number(v ?? 0));
	const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
	const check = new Date(wall);
	if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59) return null;
	let at = wall - offsetAt(wall, timeZone);
	at = wall - offsetAt(at, timeZone);
	return new Date(at);
}

/** The instant as a `datetime-local` value ("2027-02-15T17:00") on the wall clock of `timeZone`. */
export function instantToZonedLocal(at: Date, timeZone = PROGRAMME_TIME_ZONE): string {
	const shifted = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
	return shifted.toISOString().slice(0, 16);
}

/**
 * An instant as the API sends it (ISO 8601 with an offset) or as a form sends it (a Stockholm
 * wall-clock time without one); null for anything else.
 */
export function parseInstant(value: string): Date | null {
	const text = value.trim();
	if (localPattern.test(text)) return zonedLocalToInstant(text);
	if (!instantPattern.test(text)) return null;
	const at = new Date(text);
	return Number.isNaN(at.getTime()) ? null : at;
}
