import { describe, expect, it } from 'vitest';
import { assign, type Candidate } from './assignment';

const applicants = (...ids: string[]) => ids.map((expressionId) => ({ expressionId }));
const profiles = (...list: [string, number][]) => list.map(([profileId, remaining]) => ({ profileId, remaining }));
const pair = (expressionId: string, profileId: string, total: number): Candidate => ({
	expressionId,
	profileId,
	total
});
const pairsOf = (result: ReturnType<typeof assign>) =>
	result.pairs.map((p) => `${p.expressionId}-${p.profileId}`).sort();

describe('assign', () => {
	it('maximises the total where taking the best pair first would not', () => {
		// Greedy takes a1–p1 (90) and is left with a2–p2 (10): 100. The optimum is 80 + 85 = 165.
		const result = assign(applicants('a1', 'a2'), profiles(['p1', 1], ['p2', 1]), [
			pair('a1', 'p1', 90),
			pair('a1', 'p2', 80),
			pair('a2', 'p1', 85),
			pair('a2', 'p2', 10)
		]);
		expect(pairsOf(result)).toEqual(['a1-p2', 'a2-p1']);
		expect(result.total).toBe(165);
		expect(result.pairs.map((p) => p.total)).toEqual([85, 80]);
		expect(result.unmatchedApplicants).toEqual([]);
		expect(result.unmatchedProfiles).toEqual([]);
	});

	it('gives a profile as many applicants as its remaining capacity', () => {
		const result = assign(applicants('a1', 'a2', 'a3'), profiles(['p1', 2], ['p2', 1]), [
			pair('a1', 'p1', 70),
			pair('a2', 'p1', 60),
			pair('a3', 'p1', 50),
			pair('a3', 'p2', 20)
		]);
		expect(pairsOf(result)).toEqual(['a1-p1', 'a2-p1', 'a3-p2']);
		expect(result.total).toBe(150);

		const full = assign(applicants('a1', 'a2'), profiles(['p1', 1]), [pair('a1', 'p1', 70), pair('a2', 'p1', 60)]);
		expect(pairsOf(full)).toEqual(['a1-p1']);
		expect(full.unmatchedApplicants).toEqual([{ expressionId: 'a2', reason: 'taken_by_better_total' }]);
	});

	it('leaves an applicant out when pairing it would lower the total', () => {
		// a2 can only take p1; giving it p1 would push a1 (its only pair is p1 too) out for less.
		const result = assign(applicants('a1', 'a2'), profiles(['p1', 1], ['p2', 1]), [
			pair('a1', 'p1', 90),
			pair('a1', 'p2', 5),
			pair('a2', 'p1', 10)
		]);
		expect(pairsOf(result)).toEqual(['a1-p1']);
		expect(result.unmatchedApplicants).toEqual([{ expressionId: 'a2', reason: 'taken_by_better_total' }]);
		expect(result.unmatchedProfiles).toEqual([{ profileId: 'p2', remaining: 1, reason: 'taken_by_better_total' }]);
	});

	it('answers the same whatever the order of its inputs, ties included', () => {
		const candidates = [pair('a1', 'p1', 50), pair('a2', 'p1', 50), pair('a1', 'p2', 50), pair('a3', 'p1', 50)];
		const first = assign(applicants('a1', 'a2', 'a3'), profiles(['p1', 1], ['p2', 1]), candidates);
		for (let i = 0; i < 5; i++) {
			const shuffled = [...candidates].sort(() => Math.random() - 0.5);
			const again = assign(applicants('a3', 'a2', 'a1'), profiles(['p2', 1], ['p1', 1]), shuffled);
			expect(again).toEqual(first);
		}
		expect(first.pairs).toHaveLength(2);
		expect(first.total).toBe(100);
	});

	it('assigns nothing in a call without eligible pairs, and explains everyone', () => {
		const result = assign(applicants('a1', 'a2'), profiles(['p1', 1], ['p2', 0]), []);
		expect(result.pairs).toEqual([]);
		expect(result.total).toBe(0);
		expect(result.unmatchedApplicants).toEqual([
			{ expressionId: 'a1', reason: 'no_eligible_pair' },
			{ expressionId: 'a2', reason: 'no_eligible_pair' }
		]);
		expect(result.unmatchedProfiles).toEqual([
			{ profileId: 'p1', remaining: 1, reason: 'no_eligible_pair' },
			{ profileId: 'p2', remaining: 0, reason: 'full' }
		]);
	});

	it('never assigns a pair that is not a candidate, nor one of a full profile', () => {
		const result = assign(applicants('a1', 'a2'), profiles(['p1', 0], ['p2', 1]), [
			pair('a1', 'p1', 99),
			pair('a2', 'p2', 1)
		]);
		expect(pairsOf(result)).toEqual(['a2-p2']);
		expect(result.unmatchedApplicants).toEqual([{ expressionId: 'a1', reason: 'no_eligible_pair' }]);
		expect(result.unmatchedProfiles).toEqual([{ profileId: 'p1', remaining: 0, reason: 'full' }]);
	});

	it('with more applicants than slots, fills every slot with the best total', () => {
		const ids = Array.from({ length: 8 }, (_, i) => `a${i}`);
		const candidates = ids.flatMap((id, i) => [pair(id, 'p1', 10 + i), pair(id, 'p2', 40 - i)]);
		const result = assign(applicants(...ids), profiles(['p1', 2], ['p2', 1]), candidates);
		expect(result.pairs).toHaveLength(3);
		// p1 takes the two best for it (a7: 17, a6: 16), p2 the best for it (a0: 40).
		expect(pairsOf(result)).toEqual(['a0-p2', 'a6-p1', 'a7-p1']);
		expect(result.total).toBe(73);
		expect(result.unmatchedApplicants).toHaveLength(5);
		expect(result.unmatchedApplicants.every((u) => u.reason === 'taken_by_better_total')).toBe(true);
	});

	it('finds the optimum of random problems (checked against every permutation)', () => {
		const best = (matrix: number[][]): number => {
			// Brute force over which profile (or none) each applicant takes; capacity 1 each.
			const go = (row: number, used: Set<number>): number => {
				if (row === matrix.length) return 0;
				let top = go(row + 1, used);
				matrix[row]!.forEach((score, col) => {
					if (score < 0 || used.has(col)) return;
					used.add(col);
					top = Math.max(top, score + go(row + 1, used));
					used.delete(col);
				});
				return top;
			};
			return go(0, new Set());
		};
		for (let trial = 0; trial < 30; trial++) {
			const rows = 1 + Math.floor(Math.random() * 5);
			const cols = 1 + Math.floor(Math.random() * 5);
			const matrix = Array.from({ length: rows }, () =>
				Array.from({ length: cols }, () => (Math.random() < 0.3 ? -1 : Math.round(Math.random() * 1000) / 10))
			);
			const candidates = matrix.flatMap((row, i) =>
				row.flatMap((score, j) => (score < 0 ? [] : [pair(`a${i}`, `p${j}`, score)]))
			);
			const result = assign(
				matrix.map((_, i) => ({ expressionId: `a${i}` })),
				matrix[0]!.map((_, j) => ({ profileId: `p${j}`, remaining: 1 })),
				candidates
			);
			expect(result.total).toBeCloseTo(best(matrix), 5);
		}
	});
});

describe('assign with capacities', () => {
	it('finds the optimum of random problems with capacities (checked by brute force)', () => {
		for (let trial = 0; trial < 40; trial++) {
			const rows = 2 + Math.floor(Math.random() * 5);
			const cols = 1 + Math.floor(Math.random() * 7);
			const capacity = Array.from({ length: cols }, () => 1 + Math.floor(Math.random() * 2));
			const matrix = Array.from({ length: rows }, () =>
				Array.from({ length: cols }, () => (Math.random() < 0.2 ? -1 : Math.round(Math.random() * 1000) / 10))
			);
			const go = (row: number, left: number[]): number => {
				if (row === rows) return 0;
				let top = go(row + 1, left);
				matrix[row]!.forEach((score, col) => {
					if (score < 0 || left[col] === 0) return;
					left[col]!--;
					top = Math.max(top, score + go(row + 1, left));
					left[col]!++;
				});
				return top;
			};
			const result = assign(
				matrix.map((_, i) => ({ expressionId: `a${i}` })),
				capacity.map((remaining, j) => ({ profileId: `p${j}`, remaining })),
				matrix.flatMap((row, i) => row.flatMap((score, j) => (score < 0 ? [] : [pair(`a${i}`, `p${j}`, score)])))
			);
			expect(result.total).toBeCloseTo(go(0, [...capacity]), 5);
			const taken = new Map<string, number>();
			for (const p of result.pairs) taken.set(p.profileId, (taken.get(p.profileId) ?? 0) + 1);
			for (const [id, count] of taken) expect(count).toBeLessThanOrEqual(capacity[Number(id.slice(1))]!);
			expect(new Set(result.pairs.map((p) => p.expressionId)).size).toBe(result.pairs.length);
		}
	});
});
