import { describe, expect, it } from 'vitest';
import { partnershipPhases } from '$lib/server/db/schema';
import { canMovePhase, completionProblem, isFinalPhase, nextPhases } from './phases';

describe('nextPhases', () => {
	it('follows the life of a partnership, with termination always possible', () => {
		expect(nextPhases('application')).toEqual(['inception', 'terminated']);
		expect(nextPhases('inception')).toEqual(['project', 'terminated']);
		expect(nextPhases('project')).toEqual(['expansion', 'dissemination', 'completed', 'terminated']);
		expect(nextPhases('expansion')).toEqual(['completed', 'terminated']);
		expect(nextPhases('dissemination')).toEqual(['completed', 'terminated']);
	});

	it('has no way out of completed or terminated', () => {
		expect(nextPhases('completed')).toEqual([]);
		expect(nextPhases('terminated')).toEqual([]);
		expect(isFinalPhase('completed')).toBe(true);
		expect(isFinalPhase('terminated')).toBe(true);
		expect(isFinalPhase('project')).toBe(false);
	});
});

describe('canMovePhase', () => {
	it('allows the forward moves', () => {
		expect(canMovePhase('application', 'inception')).toBe(true);
		expect(canMovePhase('inception', 'project')).toBe(true);
		expect(canMovePhase('project', 'completed')).toBe(true);
		expect(canMovePhase('project', 'expansion')).toBe(true);
		expect(canMovePhase('dissemination', 'completed')).toBe(true);
	});

	it('refuses skipping a phase, going back, staying and leaving an end', () => {
		expect(canMovePhase('application', 'project')).toBe(false);
		expect(canMovePhase('inception', 'completed')).toBe(false);
		expect(canMovePhase('project', 'inception')).toBe(false);
		expect(canMovePhase('expansion', 'dissemination')).toBe(false);
		expect(canMovePhase('inception', 'inception')).toBe(false);
		expect(canMovePhase('completed', 'terminated')).toBe(false);
		expect(canMovePhase('terminated', 'application')).toBe(false);
	});

	it('allows terminating from every phase that has not ended', () => {
		for (const phase of partnershipPhases) expect(canMovePhase(phase, 'terminated')).toBe(!isFinalPhase(phase));
	});
});

describe('completionProblem', () => {
	it('keeps a partnership that has not started from being completed', () => {
		expect(completionProblem({ startDate: '2027-01-01', projectStartDate: null }, '2026-12-31')).toEqual({
			startDate: '2027-01-01'
		});
		expect(completionProblem({ startDate: '2027-01-01', projectStartDate: null }, '2027-01-01')).toBeNull();
		expect(completionProblem({ startDate: '2021-09-01', projectStartDate: '2030-01-01' }, '2026-12-03')).toBeNull();
	});

	it('counts the project’s start when the partnership has no start date, and lets an undated one go', () => {
		expect(completionProblem({ startDate: null, projectStartDate: '2027-03-01' }, '2026-12-03')).toEqual({
			startDate: '2027-03-01'
		});
		expect(completionProblem({ startDate: null, projectStartDate: null }, '2026-12-03')).toBeNull();
	});
});
