import { describe, expect, it } from 'vitest';
import { nextDay, startOfDay } from './time';

describe('startOfDay', () => {
	it('is midnight in Stockholm, in winter and in summer time', () => {
		expect(startOfDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
		expect(startOfDay('2025-07-01').toISOString()).toBe('2025-06-30T22:00:00.000Z');
	});

	it('handles the days the clocks change', () => {
		expect(startOfDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z');
		expect(startOfDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z');
	});

	it('works for other zones', () => {
		expect(startOfDay('2025-01-15', 'America/Bogota').toISOString()).toBe('2025-01-15T05:00:00.000Z');
		expect(startOfDay('2025-01-15', 'UTC').toISOString()).toBe('2025-01-15T00:00:00.000Z');
	});
});

describe('nextDay', () => {
	it('crosses months and years', () => {
		expect(nextDay('2024-02-28')).toBe('2024-02-29');
		expect(nextDay('2024-12-31')).toBe('2025-01-01');
	});
});
