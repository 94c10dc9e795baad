import { describe, expect, it } from 'vitest';
import { governanceWarnings } from './checks';
import { explainWarnings } from './warnings';

const names: Record<string, string> = { se: 'Jönköpings kommun', za: 'Stellenbosch Municipality' };

describe('explainWarnings', () => {
	it('explains each warning, naming the side it concerns', () => {
		const explained = explainWarnings(governanceWarnings(['se', 'za'], [], []), (id) => names[id]!);
		expect(explained).toHaveLength(7);
		for (const warning of explained) expect(warning.message.length).toBeGreaterThan(20);
		const sides = explained.filter((w) => 'organisationId' in w);
		for (const warning of sides)
			expect(warning.message).toContain(names[(warning as { organisationId: string }).organisationId]);
		expect(new Set(explained.map((w) => w.message)).size).toBe(explained.length);
	});

	it('has nothing to explain when there is no warning', () => {
		expect(explainWarnings([], () => 'x')).toEqual([]);
	});
});
