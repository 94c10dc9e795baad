import { dayOf } from '$lib/time';

/** Dates in a partnership's calendar that lie ahead of the people working on it. */
export type MilestoneKind = 'project_start' | 'project_end' | 'partnership_end';

export type Milestone = { kind: MilestoneKind; date: string; daysAway: number };

/**
 * The next of the project start, the project end and the partnership's end that is today or later,
 * with how many days away it is; null when none lies ahead. Dates are calendar dates (YYYY-MM-DD),
 * `today` too (see todayIso), compared as days so no time zone moves them.
 */
export function nextMilestone(
	dates: { projectStartDate: string | null; projectEndDate: string | null; endDate: string | null },
	today: string
): Milestone | null {
	const candidates: [MilestoneKind, string | null][] = [
		['project_start', dates.projectStartDate],
		['project_end', dates.projectEndDate],
		['partnership_end', dates.endDate]
	];
	const ahead = candidates
		.filter((c): c is [MilestoneKind, string] => c[1] !== null && c[1] >= today)
		.sort((a, b) => a[1].localeCompare(b[1]));
	const first = ahead[0];
	if (!first) return null;
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
	return { kind: first[0], date: first[1], daysAway: Math.round((day(first[1]) - day(today)) / 86_400_000) };
}

/** Today's calendar date in the programme's time zone: a new day begins at its midnight, not UTC's. */
export function todayIso(now = new Date()): string {
	return dayOf(now);
}
