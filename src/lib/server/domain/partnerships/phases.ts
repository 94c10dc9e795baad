import { m } from '$lib/paraglide/messages';
import { partnershipPhases } from '$lib/server/db/schema';

/** The phases in their order; routes take the list from here, not from the database schema. */
export { partnershipPhases };

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

/** Why a completed or terminated partnership's plan, results and governance no longer change. */
export function endedNotice(phase: Phase): string {
	return phase === 'terminated' ? m.partnership_error_terminated() : m.partnership_error_completed();
}

/** Every phase a partnership in `from` may move to, in the order of its life; terminated last. */
export function nextPhases(from: Phase): Phase[] {
	return isFinalPhase(from) ? [] : [...forward[from], 'terminated'];
}

export function canMovePhase(from: Phase, to: Phase): boolean {
	return nextPhases(from).includes(to);
}

/**
 * What keeps a partnership from being completed today (`today` a calendar date in the programme's zone):
 * it has not started yet. Its start date counts, else its project's; without either nothing is known and
 * nothing keeps it. Null when it may be completed.
 */
export function completionProblem(
	dates: { startDate: string | null; projectStartDate: string | null },
	today: string
): { startDate: string } | null {
	const startDate = dates.startDate ?? dates.projectStartDate;
	return startDate && startDate > today ? { startDate } : null;
}
