import { describe, expect, it } from 'vitest';
import { nextMilestone, todayIso } from './next-date';

const dates = { projectStartDate: '2025-03-01', projectEndDate: '2027-02-28', endDate: '2027-06-30' };

describe('nextMilestone', () => {
	it('gives the project start while it lies ahead', () => {
		expect(nextMilestone(dates, '2025-01-30')).toEqual({ kind: 'project_start', date: '2025-03-01', daysAway: 30 });
	});

	it('then the project end, then the partnership end', () => {
		expect(nextMilestone(dates, '2025-03-02')?.kind).toBe('project_end');
		expect(nextMilestone(dates, '2027-03-01')).toEqual({ kind: 'partnership_end', date: '2027-06-30', daysAway: 121 });
	});

	it('counts a date that is today', () => {
		expect(nextMilestone(dates, '2027-06-30')).toEqual({ kind: 'partnership_end', date: '2027-06-30', daysAway: 0 });
	});

	it('has nothing when every date has passed or none is set', () => {
		expect(nextMilestone(dates, '2027-07-01')).toBeNull();
		expect(nextMilestone({ projectStartDate: null, projectEndDate: null, endDate: null }, '2025-01-01')).toBeNull();
	});

	it('skips dates not yet set', () => {
		expect(nextMilestone({ ...dates, projectStartDate: null }, '2025-01-01')?.kind).toBe('project_end');
	});
});

describe('todayIso', () => {
	it('is the calendar date in the programme’s zone, whatever the server’s', () => {
		process.env.TZ = 'UTC';
		// 23:30 UTC on 31 May is already 1 June in Stockholm; 21:30 UTC is not.
		expect(todayIso(new Date('2025-05-31T23:30:00Z'))).toBe('2025-06-01');
		expect(todayIso(new Date('2025-05-31T21:30:00Z'))).toBe('2025-05-31');
	});
});
