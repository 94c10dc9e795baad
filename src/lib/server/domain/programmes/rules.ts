/** A programme's rules, as stored per programme (defaults: the municipal partnership programme's). */
export type ProgrammeRules = {
	minMeetingsPerYear: number;
	projectMinYears: number;
	projectMaxYears: number;
	fundedConferenceParticipants: number;
};

export const defaultRules: ProgrammeRules = {
	minMeetingsPerYear: 2,
	projectMinYears: 1,
	projectMaxYears: 3,
	fundedConferenceParticipants: 2
};

export type ProjectLengthProblem =
	{ code: 'dates_missing' } | { code: 'too_short'; minYears: number } | { code: 'too_long'; maxYears: number };

/**
 * The programme's rule for a project's length (1–3 years by default): the period from start to end
 * date (ISO yyyy-mm-dd, the end inclusive) must last at least `projectMinYears` and at most
 * `projectMaxYears` whole years; a day's slack at either bound lets 2025-01-01 – 2025-12-31 count as one year.
 * Returns the problem, or null.
 */
export function projectLengthProblem(
	startDate: string | null | undefined,
	endDate: string | null | undefined,
	rules: Pick<ProgrammeRules, 'projectMinYears' | 'projectMaxYears'>
): ProjectLengthProblem | null {
	if (!startDate || !endDate) return { code: 'dates_missing' };
	const start = new Date(`${startDate}T00:00:00Z`);
	const end = new Date(`${endDate}T00:00:00Z`);
	const yearsLater = (years: number) => {
		const d = new Date(start);
		d.setUTCFullYear(d.getUTCFullYear() + years);
		return d;
	};
	const dayMs = 86_400_000;
	if (end.getTime() + dayMs < yearsLater(rules.projectMinYears).getTime())
		return { code: 'too_short', minYears: rules.projectMinYears };
	if (end.getTime() >= yearsLater(rules.projectMaxYears).getTime() + dayMs)
		return { code: 'too_long', maxYears: rules.projectMaxYears };
	return null;
}
