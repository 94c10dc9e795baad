import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	canonicalTimeZone,
	dayOf,
	formatDate,
	formatDateRange,
	formatDateTime,
	formatDateYears,
	formatYearRange,
	instantToZonedLocal,
	nextDay,
	parseInstant,
	programmeTimeZone,
	setProgrammeTimeZone,
	startOfDay,
	timeZoneName,
	zonedLocalToInstant
} from './time';

// The server's own zone must not matter: a server in UTC (or anywhere else) shows Stockholm time.
// Node applies a change of process.env.TZ at once; each case runs under several.
const processZones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const original = process.env.TZ;
afterAll(() => {
	if (original === undefined) delete process.env.TZ;
	else process.env.TZ = original;
});

function inEveryProcessZone(name: string, check: () => void) {
	for (const zone of processZones) {
		it(`${name} (process TZ=${zone})`, () => {
			process.env.TZ = zone;
			expect(new Date('2027-01-15T12:00:00Z').getTimezoneOffset()).toBe(
				zone === 'UTC' ? 0 : zone === 'Pacific/Kiritimati' ? -14 * 60 : 8 * 60
			);
			check();
		});
	}
}

// A call closing at 23:59 Stockholm time on 15 February 2027 (winter time, UTC+1).
const closing = new Date('2027-02-15T22:59:00Z');

describe('formatDateTime', () => {
	inEveryProcessZone('shows an instant in the programme zone, named once, in sv, en and es', () => {
		expect(formatDateTime(closing, 'sv')).toBe('15 februari 2027 kl. 23:59 (centraleuropeisk tid)');
		expect(formatDateTime(closing, 'en')).toBe('February 15, 2027 at 11:59 PM (Central European Time)');
		expect(formatDateTime(closing, 'es')).toBe('15 de febrero de 2027 a las 23:59 (hora de Europa central)');
		expect(formatDateTime(closing.toISOString(), 'sv')).toBe(formatDateTime(closing, 'sv'));
	});

	inEveryProcessZone('follows the change to summer time, under the same zone name', () => {
		// 29 March 2026, 02:00 CET becomes 03:00 CEST: one minute before and one minute after.
		expect(formatDateTime(new Date('2026-03-29T00:59:00Z'), 'sv')).toBe(
			'29 mars 2026 kl. 01:59 (centraleuropeisk tid)'
		);
		expect(formatDateTime(new Date('2026-03-29T01:01:00Z'), 'sv')).toBe(
			'29 mars 2026 kl. 03:01 (centraleuropeisk tid)'
		);
		expect(formatDateTime(new Date('2026-10-25T00:30:00Z'), 'en')).toBe(
			'October 25, 2026 at 2:30 AM (Central European Time)'
		);
		expect(formatDateTime(new Date('2026-10-25T01:30:00Z'), 'es')).toBe(
			'25 de octubre de 2026 a las 2:30 (hora de Europa central)'
		);
	});

	it('shows the reader’s zone when given one, and names it', () => {
		expect(formatDateTime(closing, 'en', 'America/Bogota')).toBe(
			'February 15, 2027 at 5:59 PM (Colombia Standard Time)'
		);
		expect(formatDateTime(closing, 'sv', 'UTC')).toBe('15 februari 2027 kl. 22:59 (UTC)');
	});

	it('gives an empty text for what is no instant', () => {
		expect(formatDateTime('nope', 'sv')).toBe('');
	});
});

describe('formatDate', () => {
	inEveryProcessZone('shows a calendar date as it is and an instant as its day in Stockholm', () => {
		expect(formatDate('2024-06-30', 'sv')).toBe('30 juni 2024');
		expect(formatDate('2024-06-30', 'en')).toBe('June 30, 2024');
		expect(formatDate('2024-06-30', 'es')).toBe('30 de junio de 2024');
		// 23:30 UTC on 31 May is already 1 June in Stockholm.
		expect(formatDate(new Date('2025-05-31T23:30:00Z'), 'sv')).toBe('1 juni 2025');
		expect(formatDate('2025-05-31T23:30:00.000Z', 'en')).toBe('June 1, 2025');
	});

	it('is null when there is no date', () => {
		expect(formatDate(null, 'sv')).toBeNull();
		expect(formatDate('', 'sv')).toBeNull();
		expect(formatDate('2024-02-30', 'sv')).toBeNull();
		expect(formatDate('igår', 'sv')).toBeNull();
	});
});

describe('spans of calendar dates', () => {
	inEveryProcessZone('writes year ranges, single years and reporting periods', () => {
		expect(formatYearRange(2021, 2024, 'sv')).toBe('2021–2024');
		expect(formatYearRange(2024, 2024, 'en')).toBe('2024');
		expect(formatDateYears('2021-09-01', '2024-06-30', 'es')).toBe('2021–2024');
		expect(formatDateRange('2023-01-01', '2023-12-31', 'sv')).toBe('1 jan.–31 dec. 2023');
		expect(formatDateRange('2023-01-01', '2023-12-31', 'en')).toMatch(/^Jan 1\s–\sDec 31, 2023$/);
		expect(formatDateRange('2023-01-01', 'nope', 'en')).toBeNull();
	});
});

describe('the programme’s zone is a setting', () => {
	afterEach(() => setProgrammeTimeZone('Europe/Stockholm'));

	it('is Stockholm unless set, and names another zone when set', () => {
		expect(programmeTimeZone()).toBe('Europe/Stockholm');
		setProgrammeTimeZone('America/Bogota');
		expect(formatDateTime(closing, 'es')).toBe('15 de febrero de 2027 a las 17:59 (hora estándar de Colombia)');
		expect(formatDate(new Date('2027-02-16T03:00:00Z'), 'sv')).toBe('15 februari 2027');
		expect(instantToZonedLocal(closing)).toBe('2027-02-15T17:59');
	});

	it('knows IANA zones by their canonical names', () => {
		expect(canonicalTimeZone('Europe/Stockholm')).toBe('Europe/Stockholm');
		expect(canonicalTimeZone('utc')).toBe('UTC');
		expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
		expect(canonicalTimeZone('')).toBeNull();
	});

	it('names zones in the reader’s language', () => {
		expect(timeZoneName('Europe/Stockholm', 'sv')).toBe('centraleuropeisk tid');
		expect(timeZoneName('Europe/Stockholm', 'en')).toBe('Central European Time');
		expect(timeZoneName('Europe/Stockholm', 'es')).toBe('hora de Europa central');
	});
});

describe('wall-clock times typed in forms', () => {
	beforeEach(() => {
		process.env.TZ = 'UTC';
	});

	it('reads winter times as CET and summer times as CEST', () => {
		expect(zonedLocalToInstant('2027-02-15T17:00')?.toISOString()).toBe('2027-02-15T16:00:00.000Z');
		expect(zonedLocalToInstant('2024-06-01T09:30')?.toISOString()).toBe('2024-06-01T07:30:00.000Z');
	});

	it('reads a time on the days the clocks change', () => {
		// 2026-03-29: 02:00 CET becomes 03:00 CEST; 2026-10-25: 03:00 CEST becomes 02:00 CET.
		expect(zonedLocalToInstant('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(zonedLocalToInstant('2026-03-29T04:00')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
		expect(zonedLocalToInstant('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
		// 02:30 does not exist in spring: it is read as 03:30 summer time.
		expect(zonedLocalToInstant('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
		// 02:30 happens twice in autumn: the first, still in summer time.
		expect(zonedLocalToInstant('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('shows an instant back as the same wall-clock time, around the changes too', () => {
		expect(instantToZonedLocal(new Date('2027-02-15T16:00:00Z'))).toBe('2027-02-15T17:00');
		expect(instantToZonedLocal(new Date('2024-06-01T07:30:00Z'))).toBe('2024-06-01T09:30');
		for (const local of ['2026-11-23T23:45', '2026-03-29T01:59', '2026-03-29T03:00', '2026-10-25T02:30'])
			expect(instantToZonedLocal(zonedLocalToInstant(local)!)).toBe(local);
		expect(instantToZonedLocal(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
	});

	it('refuses what is not a time', () => {
		expect(zonedLocalToInstant('2027-02-30T10:00')).toBeNull();
		expect(zonedLocalToInstant('2027-02-10T25:00')).toBeNull();
		expect(zonedLocalToInstant('tomorrow')).toBeNull();
	});

	it('takes ISO instants with an offset (the API) and wall-clock times (forms)', () => {
		expect(parseInstant('2027-02-15T23:59:00Z')?.toISOString()).toBe('2027-02-15T23:59:00.000Z');
		expect(parseInstant('2027-02-15T23:59:00.000+01:00')?.toISOString()).toBe('2027-02-15T22:59:00.000Z');
		expect(parseInstant(' 2027-02-15T23:59 ')?.toISOString()).toBe('2027-02-15T22:59:00.000Z');
		expect(parseInstant('2027-02-15')).toBeNull();
		expect(parseInstant('15/02/2027 10:00')).toBeNull();
		expect(parseInstant('2027-13-15T10:00:00Z')).toBeNull();
	});
});

describe('days in the programme’s zone', () => {
	inEveryProcessZone('gives the day an instant falls on in Stockholm', () => {
		expect(dayOf(new Date('2025-05-31T21:59:00Z'))).toBe('2025-05-31');
		expect(dayOf(new Date('2025-05-31T22:00:00Z'))).toBe('2025-06-01');
	});

	it('begins a day at midnight in Stockholm, in winter, summer and on the days the clocks change', () => {
		expect(startOfDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
		expect(startOfDay('2025-07-01').toISOString()).toBe('2025-06-30T22:00:00.000Z');
		expect(startOfDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z');
		expect(startOfDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z');
		expect(startOfDay('2025-01-15', 'America/Bogota').toISOString()).toBe('2025-01-15T05:00:00.000Z');
		expect(startOfDay('2025-01-15', 'UTC').toISOString()).toBe('2025-01-15T00:00:00.000Z');
	});

	it('steps to the next day across months and years', () => {
		expect(nextDay('2024-02-28')).toBe('2024-02-29');
		expect(nextDay('2024-12-31')).toBe('2025-01-01');
	});
});
