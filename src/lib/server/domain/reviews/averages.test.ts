import { describe, expect, it } from 'vitest';
import { averageScores } from './averages';

const criteria = [
	{ id: 'a', label: { en: 'A' } },
	{ id: 'b', label: { en: 'B' } }
];
const review = (a: number | undefined, b: number | undefined) => ({
	scores: {
		...(a === undefined ? {} : { a: { score: a, comment: '' } }),
		...(b === undefined ? {} : { b: { score: b, comment: '' } })
	}
});

describe('averageScores', () => {
	it('averages each criterion and weighs the criteria equally overall', () => {
		expect(averageScores(criteria, [review(4, 2), review(5, 3)])).toEqual({
			byCriterion: { a: 4.5, b: 2.5 },
			overall: 3.5,
			count: 2
		});
	});

	it('has no averages without reviews', () => {
		expect(averageScores(criteria, [])).toEqual({ byCriterion: { a: null, b: null }, overall: null, count: 0 });
	});

	it('leaves out criteria the call no longer has and rounds to two decimals', () => {
		const result = averageScores([criteria[0]!], [review(4, 1), review(4, 1), review(5, 1)]);
		expect(result.byCriterion).toEqual({ a: 4.33 });
		expect(result.overall).toBe(4.33);
	});

	it('counts a review made before a criterion was added for the other criteria only', () => {
		expect(averageScores(criteria, [review(3, undefined), review(5, 4)]).byCriterion).toEqual({ a: 4, b: 4 });
	});
});
