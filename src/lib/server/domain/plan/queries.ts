import { asc, eq, sql } from 'drizzle-orm';
import type { TranslatedText } from '$lib/i18n/translated';
import { sortTargets } from '$lib/sdgs';
import { db, type Executor } from '$lib/server/db/client';
import { organisations, partnershipParties, partnerships, programmes } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { partnershipFor } from '../partnerships/access';

export type PlanParty = {
	organisationId: string;
	slug: string;
	name: string;
	countryCode: string;
	mutualBenefit: TranslatedText;
};

export type PartnershipPlan = {
	partnershipId: string;
	challenge: TranslatedText;
	objectives: TranslatedText;
	principles: (typeof partnerships.$inferSelect)['principles'];
	sdgGoals: number[];
	sdgTargets: string[];
	projectStartDate: string | null;
	projectEndDate: string | null;
	/** The programme's rule for the project period, in whole years. */
	projectYears: { min: number; max: number };
	/** Swedish parties first, then by name. */
	parties: PlanParty[];
};

/** The plan of a partnership, without access checks: for use cases that have already checked. */
export async function planOf(tx: Executor, partnershipId: string): Promise<PartnershipPlan> {
	const [row] = await tx
		.select({
			partnershipId: partnerships.id,
			challenge: partnerships.challenge,
			objectives: partnerships.objectives,
			principles: partnerships.principles,
			sdgGoals: partnerships.sdgGoals,
			sdgTargets: partnerships.sdgTargets,
			projectStartDate: partnerships.projectStartDate,
			projectEndDate: partnerships.projectEndDate,
			min: programmes.projectMinYears,
			max: programmes.projectMaxYears
		})
		.from(partnerships)
		.innerJoin(programmes, eq(programmes.id, partnerships.programmeId))
		.where(eq(partnerships.id, partnershipId));
	const parties = await tx
		.select({
			organisationId: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			countryCode: organisations.countryCode,
			mutualBenefit: partnershipParties.mutualBenefit
		})
		.from(partnershipParties)
		.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.where(eq(partnershipParties.partnershipId, partnershipId))
		.orderBy(sql`${organisations.countryCode} <> 'SE'`, asc(organisations.name));
	const { min, max, ...plan } = row!;
	return {
		...plan,
		sdgGoals: [...plan.sdgGoals].sort((a, b) => a - b),
		sdgTargets: sortTargets(plan.sdgTargets),
		projectYears: { min, max },
		parties
	};
}

/** A partnership's plan for someone who may read the partnership (404 otherwise). */
export async function getPlan(actor: Actor, partnership: string | { slug: string }): Promise<PartnershipPlan> {
	const { partnership: found } = await partnershipFor(db(), actor, partnership, 'read');
	return planOf(db(), found.id);
}
