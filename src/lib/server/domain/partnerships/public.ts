import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { TranslatedText } from '$lib/i18n/translated';
import { dayOf } from '$lib/time';
import { db } from '$lib/server/db/client';
import {
	democraticPrinciples,
	indicatorPeriods,
	partnershipPhaseChanges,
	partnershipResults,
	partnerships,
	projectGroupMembers,
	resultIndicators,
	steeringGroupMembers
} from '$lib/server/db/schema';
import { indicatorProgress } from '../results/progress';

// What the public page of a partnership shows beyond its title and parties: the plan, the phases so far,
// the results with their progress, and who governs it. People are named only when they agreed to be
// (listed_publicly): for everyone else the name is never even read from the database.

const steeringRoleOrder = sql`case ${steeringGroupMembers.role} when 'chair' then 0 when 'vice_chair' then 1 else 2 end`;
const projectRoleOrder = sql`case ${projectGroupMembers.role} when 'coordinator' then 0 else 1 end`;

/** The name of a person who agreed to be listed publicly, else null. */
const publicName = (table: typeof steeringGroupMembers | typeof projectGroupMembers) =>
	sql<string | null>`case when ${table.listedPublicly} then ${table.name} end`;

export async function publicPartnershipDetails(partnershipId: string) {
	const [plan] = await db()
		.select({
			objectives: partnerships.objectives,
			principles: partnerships.principles,
			sdgGoals: partnerships.sdgGoals
		})
		.from(partnerships)
		.where(eq(partnerships.id, partnershipId));
	const [timeline, steeringGroup, projectGroup, results] = await Promise.all([
		db()
			.select({ phase: partnershipPhaseChanges.toPhase, changedAt: partnershipPhaseChanges.changedAt })
			.from(partnershipPhaseChanges)
			.where(eq(partnershipPhaseChanges.partnershipId, partnershipId))
			.orderBy(asc(partnershipPhaseChanges.changedAt), asc(partnershipPhaseChanges.id)),
		db()
			.select({
				id: steeringGroupMembers.id,
				organisationId: steeringGroupMembers.organisationId,
				name: publicName(steeringGroupMembers),
				role: steeringGroupMembers.role,
				politicalParty: steeringGroupMembers.politicalParty,
				standing: steeringGroupMembers.standing
			})
			.from(steeringGroupMembers)
			.where(eq(steeringGroupMembers.partnershipId, partnershipId))
			.orderBy(steeringRoleOrder, sql`${steeringGroupMembers.listedPublicly} desc`, asc(steeringGroupMembers.id)),
		db()
			.select({
				id: projectGroupMembers.id,
				organisationId: projectGroupMembers.organisationId,
				name: publicName(projectGroupMembers),
				title: sql<
					string | null
				>`case when ${projectGroupMembers.listedPublicly} then ${projectGroupMembers.title} end`,
				role: projectGroupMembers.role
			})
			.from(projectGroupMembers)
			.where(eq(projectGroupMembers.partnershipId, partnershipId))
			.orderBy(projectRoleOrder, sql`${projectGroupMembers.listedPublicly} desc`, asc(projectGroupMembers.id)),
		publicResults(partnershipId)
	]);
	return {
		objectives: (plan?.objectives ?? {}) as TranslatedText,
		principles: democraticPrinciples.filter((p) => plan?.principles.includes(p)),
		sdgGoals: [...(plan?.sdgGoals ?? [])].sort((a, b) => a - b),
		timeline: timeline.map((t) => ({ phase: t.phase, date: dayOf(t.changedAt) })),
		steeringGroup,
		projectGroup,
		results
	};
}

export type PublicPartnershipDetails = Awaited<ReturnType<typeof publicPartnershipDetails>>;

/** Results → indicators with baseline, target, the latest actual and progress (quantitative ones). */
async function publicResults(partnershipId: string) {
	const results = await db()
		.select({
			id: partnershipResults.id,
			kind: partnershipResults.kind,
			title: partnershipResults.title,
			description: partnershipResults.description
		})
		.from(partnershipResults)
		.where(eq(partnershipResults.partnershipId, partnershipId))
		.orderBy(asc(partnershipResults.position), asc(partnershipResults.createdAt));
	const indicators = results.length
		? await db()
				.select()
				.from(resultIndicators)
				.where(
					inArray(
						resultIndicators.resultId,
						results.map((r) => r.id)
					)
				)
				.orderBy(asc(resultIndicators.position), asc(resultIndicators.createdAt))
		: [];
	const periods = indicators.length
		? await db()
				.select({
					indicatorId: indicatorPeriods.indicatorId,
					periodStart: indicatorPeriods.periodStart,
					periodEnd: indicatorPeriods.periodEnd,
					actualValue: indicatorPeriods.actualValue,
					actualText: indicatorPeriods.actualText
				})
				.from(indicatorPeriods)
				.where(
					inArray(
						indicatorPeriods.indicatorId,
						indicators.map((i) => i.id)
					)
				)
				.orderBy(asc(indicatorPeriods.periodStart))
		: [];
	return results.map((result) => ({
		...result,
		indicators: indicators
			.filter((i) => i.resultId === result.id)
			.map((indicator) => {
				const measured = periods.filter((p) => p.indicatorId === indicator.id);
				const progress =
					indicator.kind === 'quantitative'
						? indicatorProgress(indicator.baselineValue, indicator.targetValue, measured)
						: null;
				const latestText = measured.findLast((p) => Object.values(p.actualText ?? {}).some((t) => t?.trim()));
				const latestValue = measured.findLast((p) => p.actualValue !== null);
				return {
					id: indicator.id,
					kind: indicator.kind,
					name: indicator.name,
					unit: indicator.unit,
					baselineValue: indicator.baselineValue,
					baselineText: indicator.baselineText,
					baselineYear: indicator.baselineYear,
					targetValue: indicator.targetValue,
					targetText: indicator.targetText,
					targetYear: indicator.targetYear,
					latestValue: progress?.latestValue ?? latestValue?.actualValue ?? null,
					latestText: (latestText?.actualText ?? {}) as TranslatedText,
					// The reporting period the latest actual belongs to: its value is for that whole span.
					latestPeriod: latestPeriod(
						measured,
						progress?.latestPeriodStart ?? latestValue?.periodStart ?? latestText?.periodStart
					),
					percent: progress ? Math.round(progress.percent) : null
				};
			})
	}));
}

function latestPeriod(
	periods: readonly { periodStart: string; periodEnd: string }[],
	start: string | undefined
): { start: string; end: string } | null {
	const found = start === undefined ? undefined : periods.find((p) => p.periodStart === start);
	return found ? { start: found.periodStart, end: found.periodEnd } : null;
}
