import { munkres } from 'munkres';
import type { UnmatchedReason } from './types';

// "Suggest for all": the set of pairs with the greatest total score, each applicant at most once and
// each profile at most its remaining capacity. An assignment problem, solved exactly with the Hungarian
// algorithm (munkres) on applicants × capacity slots. Leaving someone out must be allowed when pairing
// them would cost a better pair elsewhere: munkres pairs every row (or column) with something, so a
// pair that is not a candidate costs a small penalty and is dropped afterwards (see the costs below).
//
// Two reductions keep it fast without changing the optimum: an applicant only needs its best eligible
// profiles up to M slots of capacity in all (M = number of applicants: the other M − 1 applicants fill at
// most M − 1 of those slots, so one is always free and at least as good as anything further down), and a
// profile only needs as many slots as applicants that may take it. Inputs are sorted by id first, so the same call always gives the same answer.

export type Candidate = { expressionId: string; profileId: string; total: number };

export type AssignmentOf<P extends Candidate> = {
	pairs: P[];
	total: number;
	unmatchedApplicants: { expressionId: string; reason: UnmatchedReason }[];
	unmatchedProfiles: { profileId: string; remaining: number; reason: UnmatchedReason }[];
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The optimal assignment of `candidates` (the eligible pairs with their totals; pass only eligible ones)
 * to `applicants` and `profiles` (with the capacity each has left). Pairs are returned best first.
 * Everyone left without a pair is explained: no eligible pair at all, a full profile, or a pair that
 * would have lowered the total.
 */
export function assign<P extends Candidate>(
	applicants: readonly { expressionId: string }[],
	profiles: readonly { profileId: string; remaining: number }[],
	candidates: readonly P[]
): AssignmentOf<P> {
	const rows = [...new Set(applicants.map((a) => a.expressionId))].sort(byId);
	const sortedProfiles = [...profiles].sort((a, b) => byId(a.profileId, b.profileId));
	const rowOf = new Map(rows.map((id, i) => [id, i]));
	const remaining = new Map(sortedProfiles.map((p) => [p.profileId, Math.max(0, p.remaining)]));

	// Each applicant's usable candidates, best first (ties by profile id), up to M slots of capacity.
	const perRow: P[][] = rows.map(() => []);
	const eligibleProfiles = new Set<string>();
	for (const c of candidates) {
		const row = rowOf.get(c.expressionId);
		if (row === undefined || !remaining.get(c.profileId)) continue;
		perRow[row]!.push(c);
		eligibleProfiles.add(c.profileId);
	}
	const limit = rows.length;
	for (let i = 0; i < perRow.length; i++) {
		const list = perRow[i]!.sort((a, b) => b.total - a.total || byId(a.profileId, b.profileId));
		let slots = 0;
		let keep = 0;
		while (keep < list.length && slots < limit) slots += remaining.get(list[keep++]!.profileId)!;
		perRow[i] = list.slice(0, keep);
	}

	// Slots: each profile's id repeated min(remaining, applicants that may take it) times, in id order.
	const takers = new Map<string, number>();
	for (const list of perRow) for (const c of list) takers.set(c.profileId, (takers.get(c.profileId) ?? 0) + 1);
	const slotsOf = new Map<string, number[]>();
	const slotProfile: string[] = [];
	for (const p of sortedProfiles) {
		const count = Math.min(remaining.get(p.profileId) ?? 0, takers.get(p.profileId) ?? 0);
		const slots: number[] = [];
		for (let k = 0; k < count; k++) slots.push(slotProfile.push(p.profileId) - 1);
		if (slots.length) slotsOf.set(p.profileId, slots);
	}

	const pairs: P[] = [];
	if (rows.length && slotProfile.length) {
		// Costs are integers: tenths of a point, scaled, minus one per pair so that between equal totals
		// more pairs win; a forced non-candidate costs +1. Munkres fills K = min(rows, slots) cells, so
		// those ±1s move the sum by at most 2K < scale: they never outweigh a tenth of a point.
		const scale = 2 * Math.min(rows.length, slotProfile.length) + 1;
		const columns = slotProfile.length;
		const matrix = rows.map(() => new Float64Array(columns).fill(1));
		const chosen = new Map<string, P>();
		perRow.forEach((list, row) => {
			const costs = matrix[row]!;
			for (const c of list) {
				const cost = -(Math.round(c.total * 10) * scale + 1);
				for (const slot of slotsOf.get(c.profileId) ?? []) costs[slot] = cost;
				chosen.set(`${row}:${c.profileId}`, c);
			}
		});
		for (const [row, column] of munkres(matrix)) {
			const pair = chosen.get(`${row}:${slotProfile[column]}`);
			if (pair) pairs.push(pair);
		}
	}
	pairs.sort((a, b) => b.total - a.total || byId(a.expressionId, b.expressionId) || byId(a.profileId, b.profileId));

	const matchedApplicants = new Set(pairs.map((p) => p.expressionId));
	const matchedProfiles = new Set(pairs.map((p) => p.profileId));
	return {
		pairs,
		total: Math.round(pairs.reduce((sum, p) => sum + p.total, 0) * 10) / 10,
		unmatchedApplicants: rows
			.filter((id) => !matchedApplicants.has(id))
			.map((expressionId) => ({
				expressionId,
				reason: perRow[rowOf.get(expressionId)!]!.length ? 'taken_by_better_total' : 'no_eligible_pair'
			})),
		unmatchedProfiles: sortedProfiles
			.filter((p) => !matchedProfiles.has(p.profileId))
			.map((p) => {
				const left = remaining.get(p.profileId) ?? 0;
				const reason: UnmatchedReason =
					left === 0 ? 'full' : eligibleProfiles.has(p.profileId) ? 'taken_by_better_total' : 'no_eligible_pair';
				return { profileId: p.profileId, remaining: left, reason };
			})
	};
}
