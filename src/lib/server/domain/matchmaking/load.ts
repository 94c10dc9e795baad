import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { TranslatedText } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';
import type { Executor } from '$lib/server/db/client';
import {
	calls,
	expressionsOfInterest,
	organisations,
	partnerProfiles,
	programmeCountries
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import { allAreas } from './areas';
import { rowsOf } from './concepts';
import type { EarlierPartnership, MatchApplicant, MatchContext, MatchProfile } from './types';

// Everything matchmaking reads for one call, in five queries: the call, its answers with their
// organisations, its profiles with their match counts, the applicant organisations' partnerships
// with their partners' countries, and the programme's cooperation countries. Scoring happens in memory.

export type CallSummary = {
	id: string;
	slug: string;
	title: TranslatedText;
	programmeId: string;
	networkId: string | null;
};

export type CallData = {
	call: CallSummary;
	applicants: MatchApplicant[];
	profiles: MatchProfile[];
	context: MatchContext;
};

/** The call, if it exists and is a partner-search call (else not found, or invalid). */
export async function loadPartnerSearchCall(executor: Executor, callId: string): Promise<CallSummary> {
	if (!isUuid(callId)) throw AppError.notFound();
	const [call] = await executor
		.select({
			id: calls.id,
			slug: calls.slug,
			title: calls.title,
			programmeId: calls.programmeId,
			networkId: calls.networkId,
			kind: calls.kind
		})
		.from(calls)
		.where(eq(calls.id, callId));
	if (!call) throw AppError.notFound();
	if (call.kind !== 'partner_search')
		throw AppError.invalid({ callId: m.matchmaking_not_partner_search() }, m.matchmaking_not_partner_search());
	const { kind: _kind, ...summary } = call;
	return summary;
}

/**
 * Loads the call's applicants (every answer with an organisation, whatever its status) and profiles
 * (whatever their status); `only` narrows them to one answer and/or one profile.
 */
export async function loadCallData(
	executor: Executor,
	callId: string,
	only: { expressionId?: string; profileId?: string } = {}
): Promise<CallData> {
	const call = await loadPartnerSearchCall(executor, callId);
	for (const id of [only.expressionId, only.profileId]) if (id !== undefined && !isUuid(id)) throw AppError.notFound();

	const expressionFilter: SQL[] = [eq(expressionsOfInterest.callId, callId)];
	if (only.expressionId) expressionFilter.push(eq(expressionsOfInterest.id, only.expressionId));
	const profileFilter: SQL[] = [eq(partnerProfiles.callId, callId)];
	if (only.profileId) profileFilter.push(eq(partnerProfiles.id, only.profileId));
	const applicantOrganisations = only.expressionId
		? sql`select e.organisation_id from expressions_of_interest e where e.id = ${only.expressionId} and e.call_id = ${callId}`
		: sql`select e.organisation_id from expressions_of_interest e where e.call_id = ${callId}`;

	const [applicants, profiles, partnerships, countries] = await Promise.all([
		executor
			.select({
				expressionId: expressionsOfInterest.id,
				organisationId: organisations.id,
				organisationName: organisations.name,
				countryCode: organisations.countryCode,
				status: expressionsOfInterest.status,
				themeId: expressionsOfInterest.themeId,
				population: organisations.population,
				concepts: expressionsOfInterest.concepts,
				chosenConcepts: expressionsOfInterest.chosenConcepts,
				preferredCountryCodes: expressionsOfInterest.preferredCountryCodes,
				languages: expressionsOfInterest.languages
			})
			.from(expressionsOfInterest)
			.innerJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
			.where(and(...expressionFilter)),
		executor
			.select({
				profileId: partnerProfiles.id,
				organisationId: organisations.id,
				organisationName: organisations.name,
				countryCode: organisations.countryCode,
				status: partnerProfiles.status,
				themeId: partnerProfiles.themeId,
				population: sql<number | null>`coalesce(${partnerProfiles.population}, ${organisations.population})`,
				concepts: partnerProfiles.concepts,
				chosenConcepts: partnerProfiles.chosenConcepts,
				languages: partnerProfiles.languages,
				maxMatches: partnerProfiles.maxMatches,
				matched: sql<number>`(select count(*)::int from matches mt where mt.profile_id = ${partnerProfiles.id})`
			})
			.from(partnerProfiles)
			.innerJoin(organisations, eq(organisations.id, partnerProfiles.organisationId))
			.where(and(...profileFilter)),
		executor.execute(sql`
			select pp.organisation_id as "organisationId", p.id as "partnershipId", p.theme_id as "themeId",
				p.phase::text as phase,
				coalesce(json_agg(other.organisation_id) filter (where other.organisation_id is not null), '[]'::json)
					as "partnerOrganisationIds",
				coalesce(json_agg(o.country_code) filter (where o.country_code is not null), '[]'::json)
					as "partnerCountryCodes"
			from partnership_parties pp
			join partnerships p on p.id = pp.partnership_id
			left join partnership_parties other on other.partnership_id = p.id and other.organisation_id <> pp.organisation_id
			left join organisations o on o.id = other.organisation_id
			where pp.organisation_id in (${applicantOrganisations})
			group by pp.organisation_id, p.id`),
		executor
			.select({ countryCode: programmeCountries.countryCode })
			.from(programmeCountries)
			.where(eq(programmeCountries.programmeId, call.programmeId))
	]);

	const partnershipsOf = new Map<string, EarlierPartnership[]>();
	for (const row of rowsOf<EarlierPartnership & { organisationId: string }>(partnerships)) {
		const { organisationId, ...partnership } = row;
		const list = partnershipsOf.get(organisationId) ?? [];
		list.push({
			...partnership,
			partnerOrganisationIds: asArray(partnership.partnerOrganisationIds),
			partnerCountryCodes: asArray(partnership.partnerCountryCodes)
		});
		partnershipsOf.set(organisationId, list);
	}
	return {
		call,
		applicants: applicants.map((a) => ({ ...a, concepts: allAreas(a.chosenConcepts, a.concepts) })),
		profiles: profiles.map((p) => ({
			...p,
			concepts: allAreas(p.chosenConcepts, p.concepts),
			population: p.population === null ? null : Number(p.population)
		})),
		context: { programmeCountryCodes: new Set(countries.map((c) => c.countryCode)), partnershipsOf }
	};
}

/** json_agg arrives parsed from both drivers; a string means a driver left it as text. */
function asArray(value: unknown): string[] {
	return (typeof value === 'string' ? JSON.parse(value) : value) as string[];
}
