import type { CallCriterion, CriterionScore } from '$lib/server/db/schema';

export type Averages = {
	/** Per criterion id of the call: the mean of the reviewers' scores, or null when nobody scored it. */
	byCriterion: Record<string, number | null>;
	/** The mean of the criteria's averages (each criterion weighs the same), or null without scores. */
	overall: number | null;
	/** How many reviews there are. */
	count: number;
};

/** Rounded to two decimals, so that the API, the page and the export show the same number. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The averages of an answer's reviews over the call's current criteria. Scores for a criterion the
 * call no longer has are left out; a review made before a criterion was added counts for the others.
 */
export function averageScores(
	criteria: readonly CallCriterion[],
	reviews: readonly { scores: Record<string, CriterionScore> }[]
): Averages {
	const byCriterion: Record<string, number | null> = {};
	const means: number[] = [];
	for (const { id } of criteria) {
		const scores = reviews.map((r) => r.scores[id]?.score).filter((s): s is number => typeof s === 'number');
		const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
		byCriterion[id] = mean === null ? null : round(mean);
		if (mean !== null) means.push(mean);
	}
	const overall = means.length ? round(means.reduce((a, b) => a + b, 0) / means.length) : null;
	return { byCriterion, overall, count: reviews.length };
}
