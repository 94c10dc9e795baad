import { describe, expect, it } from 'vitest';
import { instantToZonedLocal, parseInstant, zonedLocalToInstant } from './times';

describe('zonedLocalToInstant', () => {
	it('reads winter times as CET and summer times as CEST', () => {
		expect(zonedLocalToInstant('2027-02-15T17:00')?.toISOString()).toBe('2027-02-15T16:00:00.000Z');
		expect(zonedLocalToInstant('2024-06-01T09:30')?.toISOString()).toBe('2024-06-01T07:30:00.000Z');
	});

	it('reads a time on the day the clocks change', () => {
		// 2026-03-29: 02:00 CET becomes 03:00 CEST; 2026-10-25: 03:00 CEST becomes 02:00 CET.
		expect(zonedLocalToInstant('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(zonedLocalToInstant('2026-03-29T04:00')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
		expect(zonedLocalToInstant('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
	});

	it('refuses what is not a time', () => {
		expect(zonedLocalToInstant('2027-02-30T10:00')).toBeNull();
		expect(zonedLocalToInstant('2027-02-10T25:00')).toBeNull();
		expect(zonedLocalToInstant('tomorrow')).toBeNull();
	});
});

describe('instantToZonedLocal', () => {
	it('gives the Stockholm wall clock, and round-trips', () => {
		expect(instantToZonedLocal(new Date('2027-02-15T16:00:00Z'))).toBe('2027-02-15T17:00');
		expect(instantToZonedLocal(new Date('2024-06-01T07:30:00Z'))).toBe('2024-06-01T09:30');
		const local = '2026-11-23T23:45';
		expect(instantToZonedLocal(zonedLocalToInstant(local)!)).toBe(local);
	});
});

describe('parseInstant', () => {
	it('takes ISO instants with an offset and form values without one', () => {
		expect(parseInstant('2027-02-15T23:59:00Z')?.toISOString()).toBe('2027-02-15T23:59:00.000Z');
		expect(parseInstant('2027-02-15T23:59:00.000+01:00')?.toISOString()).toBe('2027-02-15T22:59:00.000Z');
		expect(parseInstant(' 2027-02-15T23:59 ')?.toISOString()).toBe('2027-02-15T22:59:00.000Z');
	});

	it('refuses dates without a time and other text', () => {
		expect(parseInstant('2027-02-15')).toBeNull();
		expect(parseInstant('15/02/2027 10:00')).toBeNull();
		expect(parseInstant('2027-13-15T10:00:00Z')).toBeNull();
	});
});
