import type { partnershipPhases } from '$lib/server/db/schema';

export type Phase = (typeof partnershipPhases)[number];

/**
 * The moves a partnership may make from each phase: application → inception → project → (expansion or
 * dissemination, optional) → completed; terminated from any phase that has not ended. Completed and
 * terminated are final.
 */
const forward: Record<Phase, readonly Phase[]> = {
	application: ['inception'],
	inception: ['project'],
	project: ['expansion', 'dissemination', 'completed'],
	expansion: ['completed'],
	dissemination: ['completed'],
	completed: [],
	terminated: []
};

/** Phases with no way out. */
export function isFinalPhase(phase: Phase): boolean {
	return phase === 'completed' || phase === 'terminated';
}

/** Every phase a partnership in `from` may move to, in the order of its life; terminated last. */
export function nextPhases(from: Phase): Phase[] {
	return isFinalPhase(from) ? [] : [...forward[from], 'terminated'];
}

export function canMovePhase(from: Phase, to: Phase): boolean {
	return nextPhases(from).includes(to);
}
