import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { sdgGoal, goalOfTarget } from '$lib/sdgs';
import { democraticPrinciples } from '$lib/server/db/schema';
import { optional, translatedText } from '$lib/server/validation';

const isoDate = z.iso.date({ error: () => m.plan_error_date_invalid() });

/** Every choice once, in a fixed order, so the stored arrays compare equal whatever order a form sent. */
const distinct = <T>(values: T[], order: (a: T, b: T) => number) => [...new Set(values)].sort(order);

const principleOrder = (a: string, b: string) =>
	democraticPrinciples.indexOf(a as (typeof democraticPrinciples)[number]) -
	democraticPrinciples.indexOf(b as (typeof democraticPrinciples)[number]);

/**
 * The whole project plan (PUT semantics: what is left out is cleared). Goals are numbers 1–17 and
 * targets official codes ("5.5"); every target must belong to a chosen goal. The project period is
 * checked against the programme's rule by the use case, which knows the programme. `mutualBenefit` is
 * keyed by a party's organisation id; parties not named get an empty text.
 */
export const planInput = z
	.object({
		challenge: translatedText({ max: 10_000 }),
		objectives: translatedText({ max: 10_000 }),
		principles: z
			.array(z.enum(democraticPrinciples, { error: () => m.validation_unknown_choice() }))
			.max(democraticPrinciples.length * 2)
			.default([])
			.transform((values) => distinct(values, principleOrder)),
		sdgGoals: z
			.array(
				z.coerce
					.number({ error: () => m.plan_error_goal_unknown() })
					.refine((n) => sdgGoal(n) !== undefined, { error: () => m.plan_error_goal_unknown() })
			)
			.max(34)
			.default([])
			.transform((values) => distinct(values, (a, b) => a - b)),
		sdgTargets: z
			.array(
				z
					.string()
					.trim()
					.refine((code) => goalOfTarget(code) !== undefined, {
						error: (issue) => m.plan_error_target_unknown({ code: String(issue.input).slice(0, 12) })
					})
			)
			.max(338)
			.default([])
			.transform((values) => [...new Set(values)]),
		projectStartDate: optional(isoDate),
		projectEndDate: optional(isoDate),
		mutualBenefit: z
			.record(z.uuid({ error: () => m.plan_error_benefit_not_party() }), translatedText({ max: 5_000 }))
			.default({})
	})
	.superRefine((plan, ctx) => {
		const chosen = new Set(plan.sdgGoals);
		const orphans = plan.sdgTargets.filter((code) => !chosen.has(goalOfTarget(code) ?? 0));
		if (orphans.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['sdgTargets'],
				message: m.plan_error_target_without_goal({ targets: orphans.join(', ') })
			});
	});

export type PlanInput = z.input<typeof planInput>;
export type Plan = z.output<typeof planInput>;
