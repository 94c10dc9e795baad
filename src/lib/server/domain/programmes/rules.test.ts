import { describe, expect, it } from 'vitest';
import { defaultRules, projectLengthProblem } from './rules';

describe('projectLengthProblem', () => {
	it('accepts one to three years, counting the end day', () => {
		expect(projectLengthProblem('2025-01-01', '2025-12-31', defaultRules)).toBeNull();
		expect(projectLengthProblem('2025-01-01', '2026-01-01', defaultRules)).toBeNull();
		expect(projectLengthProblem('2025-01-01', '2027-12-31', defaultRules)).toBeNull();
		expect(projectLengthProblem('2024-03-01', '2027-03-01', defaultRules)).toBeNull();
	});

	it('refuses a project shorter than a year or longer than three', () => {
		expect(projectLengthProblem('2025-01-01', '2025-11-30', defaultRules)).toEqual({ code: 'too_short', minYears: 1 });
		expect(projectLengthProblem('2025-01-01', '2028-01-02', defaultRules)).toEqual({ code: 'too_long', maxYears: 3 });
	});

	it('needs both dates', () => {
		expect(projectLengthProblem(null, '2026-01-01', defaultRules)).toEqual({ code: 'dates_missing' });
		expect(projectLengthProblem('2026-01-01', undefined, defaultRules)).toEqual({ code: 'dates_missing' });
	});

	it('follows the programme’s own numbers', () => {
		const rules = { projectMinYears: 2, projectMaxYears: 2 };
		expect(projectLengthProblem('2025-01-01', '2025-12-31', rules)).toEqual({ code: 'too_short', minYears: 2 });
		expect(projectLengthProblem('2025-01-01', '2026-12-31', rules)).toBeNull();
	});
});
