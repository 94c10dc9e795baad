import { describe, expect, it } from 'vitest';
import { goalOfTarget, sdgGoal, sdgGoalLabel, sdgGoals, sortTargets } from './sdgs';

describe('the Sustainable Development Goals', () => {
	it('has the 17 goals, numbered 1 to 17, with a name in every language', () => {
		expect(sdgGoals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		for (const goal of sdgGoals) for (const name of Object.values(goal.name)) expect(name.trim()).not.toBe('');
		expect(sdgGoal(5)?.name).toEqual({ sv: 'Jämställdhet', en: 'Gender equality', es: 'Igualdad de género' });
		expect(sdgGoal(17)?.name).toEqual({
			sv: 'Genomförande och globalt partnerskap',
			en: 'Partnerships for the goals',
			es: 'Alianzas para lograr los objetivos'
		});
	});

	it('has the 169 official targets, each once', () => {
		const all = sdgGoals.flatMap((g) => g.targets);
		expect(all).toHaveLength(169);
		expect(new Set(all).size).toBe(169);
		expect(sdgGoal(1)?.targets).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
		expect(sdgGoal(8)?.targets.at(9)).toBe('8.10');
		expect(sdgGoal(16)?.targets).toHaveLength(12);
		expect(sdgGoal(17)?.targets.at(-1)).toBe('17.19');
	});

	it('knows which goal a target belongs to, and refuses codes that are not targets', () => {
		expect(goalOfTarget('5.5')).toBe(5);
		expect(goalOfTarget('16.b')).toBe(16);
		expect(goalOfTarget('5.7')).toBeUndefined();
		expect(goalOfTarget('17.a')).toBeUndefined();
		expect(goalOfTarget('18.1')).toBeUndefined();
		expect(goalOfTarget('x')).toBeUndefined();
	});

	it('labels goals in the reader’s language and sorts targets in the UN’s order', () => {
		expect(sdgGoalLabel(10, 'es')).toBe('10. Reducción de las desigualdades');
		expect(sortTargets(['10.2', '5.c', '5.10', '5.5', '1.a'])).toEqual(['1.a', '5.5', '5.c', '10.2', '5.10']);
	});
});
