import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '$lib/server/validation';
import { planInput } from './schemas';

const errorsOf = (input: unknown) => {
	const result = planInput.safeParse(input);
	return result.success ? {} : toFieldErrors(result.error.issues);
};

describe('planInput', () => {
	it('takes a form’s strings: goals as numbers, choices once each in a fixed order', () => {
		const plan = planInput.parse({
			challenge: { sv: ' Utmaning ', en: '' },
			principles: ['transparency', 'equality', 'transparency'],
			sdgGoals: ['16', '5', '5'],
			sdgTargets: ['5.5', '16.7', '5.5'],
			projectStartDate: '',
			projectEndDate: ''
		});
		expect(plan).toMatchObject({
			challenge: { sv: 'Utmaning' },
			objectives: {},
			principles: ['equality', 'transparency'],
			sdgGoals: [5, 16],
			sdgTargets: ['5.5', '16.7'],
			mutualBenefit: {}
		});
		expect(plan.projectStartDate).toBeUndefined();
	});

	it('refuses a target whose goal is not chosen, naming it', () => {
		const errors = errorsOf({ sdgGoals: [5], sdgTargets: ['5.5', '10.2'] });
		expect(Object.keys(errors)).toEqual(['sdgTargets']);
		expect(errors.sdgTargets).toContain('10.2');
		expect(errors.sdgTargets).not.toContain('5.5');
	});

	it('refuses unknown goals, target codes and principles', () => {
		expect(errorsOf({ sdgGoals: [18] })['sdgGoals.0']).toBeTruthy();
		expect(errorsOf({ sdgGoals: ['five'] })['sdgGoals.0']).toBeTruthy();
		expect(errorsOf({ sdgGoals: [5], sdgTargets: ['5.9'] })['sdgTargets.0']).toContain('5.9');
		expect(errorsOf({ principles: ['loyalty'] })['principles.0']).toBeTruthy();
	});

	it('refuses dates that are not calendar dates and benefits keyed by anything but an id', () => {
		expect(errorsOf({ projectStartDate: '2025-02-30' }).projectStartDate).toBeTruthy();
		expect(Object.keys(errorsOf({ mutualBenefit: { jonkoping: { sv: 'Nytta' } } }))[0]).toMatch(/^mutualBenefit/);
	});
});
