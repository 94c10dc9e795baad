import { describe, expect, it } from 'vitest';
import { getPlan } from '$lib/server/domain/plan/queries';
import { getResultsFramework } from '$lib/server/domain/results/queries';
import { seedDemo } from '$lib/server/seed/demo';
import { seedPlanDemo } from '$lib/server/seed/demo-plan';
import { staff } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

describe('seedPlanDemo', () => {
	it('gives demo partnerships a plan within the programme’s rule and a framework with progress', async () => {
		await seedDemo();
		await seedPlanDemo(staff);

		const plan = await getPlan(staff, { slug: 'jonkoping-stellenbosch' });
		expect(plan.sdgGoals).toEqual([5, 10, 11, 16, 17]);
		expect(plan.principles.length).toBeGreaterThan(0);
		expect(plan.challenge.sv).toBeTruthy();
		for (const party of plan.parties) expect(Object.keys(party.mutualBenefit).sort()).toEqual(['en', 'es', 'sv']);

		const framework = await getResultsFramework(staff, { slug: 'jonkoping-stellenbosch' });
		expect(framework.length).toBeGreaterThan(0);
		const progress = framework.flatMap((r) => r.indicators).map((i) => i.progress?.percent ?? null);
		expect(progress.filter((p) => p !== null).length).toBeGreaterThan(0);

		const decreasing = (await getResultsFramework(staff, { slug: 'gotland-kibaha' }))[0]!.indicators[0]!;
		expect(decreasing.progress?.percent).toBeCloseTo(((11 - 21) / (7 - 21)) * 100);
	});
});
