import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './progress';

const period = (periodStart: string, actualValue: number | null) => ({ periodStart, actualValue });

describe('indicatorProgress', () => {
	it('measures the latest actual from the baseline towards an increasing target', () => {
		const progress = indicatorProgress(10, 30, [period('2024-01-01', 15), period('2025-01-01', 20)]);
		expect(progress).toEqual({ percent: 50, latestValue: 20, latestPeriodStart: '2025-01-01' });
	});

	it('takes the period that starts last, whatever the order given', () => {
		expect(indicatorProgress(0, 10, [period('2025-07-01', 9), period('2025-01-01', 2)])?.percent).toBe(90);
	});

	it('handles decreasing targets such as fewer dropouts', () => {
		expect(indicatorProgress(40, 10, [period('2025-01-01', 25)])?.percent).toBe(50);
		expect(indicatorProgress(40, 10, [period('2025-01-01', 10)])?.percent).toBe(100);
	});

	it('clamps to 0–100 % when the actual went the wrong way or beyond the target', () => {
		expect(indicatorProgress(10, 30, [period('2025-01-01', 5)])?.percent).toBe(0);
		expect(indicatorProgress(10, 30, [period('2025-01-01', 45)])?.percent).toBe(100);
		expect(indicatorProgress(40, 10, [period('2025-01-01', 50)])?.percent).toBe(0);
	});

	it('treats a target equal to its baseline as holding the level', () => {
		expect(indicatorProgress(5, 5, [period('2025-01-01', 5)])?.percent).toBe(100);
		expect(indicatorProgress(5, 5, [period('2025-01-01', 4)])?.percent).toBe(0);
	});

	it('has no progress before an actual is recorded, or without a baseline or target', () => {
		expect(indicatorProgress(10, 30, [])).toBeNull();
		expect(indicatorProgress(10, 30, [period('2025-01-01', null)])).toBeNull();
		expect(indicatorProgress(null, 30, [period('2025-01-01', 12)])).toBeNull();
		expect(indicatorProgress(10, undefined, [period('2025-01-01', 12)])).toBeNull();
	});

	it('ignores periods without a value when a later one has none', () => {
		expect(indicatorProgress(0, 4, [period('2024-01-01', 1), period('2025-01-01', null)])).toEqual({
			percent: 25,
			latestValue: 1,
			latestPeriodStart: '2024-01-01'
		});
	});
});
