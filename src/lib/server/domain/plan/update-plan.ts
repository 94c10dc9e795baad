import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnershipParties, partnerships, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { ongoingPartnershipFor } from '../partnerships/access';
import { projectLengthProblem, type ProjectLengthProblem } from '../programmes/rules';
import { planOf } from './queries';
import { planInput, type PlanInput } from './schemas';

function lengthMessage(problem: ProjectLengthProblem, range: { minYears: number; maxYears: number }): string {
	switch (problem.code) {
		case 'dates_missing':
			return m.plan_error_period_incomplete();
		case 'too_short':
			return m.plan_error_period_too_short(range);
		case 'too_long':
			return m.plan_error_period_too_long(range);
	}
}

/**
 * Replaces a partnership's project plan: challenge, objectives, democratic principles, Agenda 2030
 * goals and targets (each target under a chosen goal), the project period and each party's mutual
 * benefit, for a partnership by id or `{ slug }`. Staff and coordinators of a party; members 403;
 * others 404, checked before the input so outsiders learn nothing from field errors.
 * Rules: the project period is either left open (both dates empty) or lasts as long as the programme
 * allows (projectMinYears–projectMaxYears), else refused on `projectEndDate` with the reason and the
 * range; a mutual benefit for an organisation that is not a party is refused on `mutualBenefit`.
 * Side effects: audit 'partnership.plan_updated' with the plan before and after. Returns the new plan.
 */
export async function updatePlan(actor: Actor, key: string | { slug: string }, input: PlanInput) {
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await ongoingPartnershipFor(tx, actor, key);
		const data = parseInput(planInput, input);
		const strangers = Object.keys(data.mutualBenefit).filter((id) => !partyIds.includes(id));
		if (strangers.length > 0) throw AppError.invalid({ mutualBenefit: m.plan_error_benefit_not_party() });

		if (data.projectStartDate || data.projectEndDate) {
			const [rules] = await tx
				.select({ minYears: programmes.projectMinYears, maxYears: programmes.projectMaxYears })
				.from(programmes)
				.where(eq(programmes.id, partnership.programmeId));
			const range = rules!;
			const problem = projectLengthProblem(data.projectStartDate, data.projectEndDate, {
				projectMinYears: range.minYears,
				projectMaxYears: range.maxYears
			});
			if (problem) {
				const field =
					problem.code === 'dates_missing' && !data.projectStartDate ? 'projectStartDate' : 'projectEndDate';
				throw AppError.invalid({ [field]: lengthMessage(problem, range) });
			}
		}

		const before = await planOf(tx, partnership.id);
		await tx
			.update(partnerships)
			.set({
				challenge: data.challenge,
				objectives: data.objectives,
				principles: data.principles,
				sdgGoals: data.sdgGoals,
				sdgTargets: data.sdgTargets,
				projectStartDate: data.projectStartDate ?? null,
				projectEndDate: data.projectEndDate ?? null
			})
			.where(eq(partnerships.id, partnership.id));
		for (const organisationId of partyIds)
			await tx
				.update(partnershipParties)
				.set({ mutualBenefit: data.mutualBenefit[organisationId] ?? {} })
				.where(
					and(
						eq(partnershipParties.partnershipId, partnership.id),
						eq(partnershipParties.organisationId, organisationId)
					)
				);
		const after = await planOf(tx, partnership.id);
		await recordAudit(tx, actor, {
			action: 'partnership.plan_updated',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before,
			after
		});
		return after;
	});
}
