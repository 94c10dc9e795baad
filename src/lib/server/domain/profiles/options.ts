import { and, asc, eq, gt, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { calls, organisations, programmeCountries } from '$lib/server/db/schema';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { SWEDEN } from '../countries/names';

// The choices of the profile forms. The use cases check the same rules again: these only keep the
// lists short and honest.

/** The actor's organisations that may have a profile: abroad, and where the actor is a coordinator. */
export async function profileOrganisationChoices(actor: Actor) {
	const ids = actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.organisationId);
	if (ids.length === 0) return [];
	return db()
		.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
		.from(organisations)
		.where(and(inArray(organisations.id, ids), ne(organisations.countryCode, SWEDEN)))
		.orderBy(asc(organisations.name));
}

/** Published partner-search calls that take answers at `now`, closing soonest first. */
export async function openPartnerSearchCalls(now: Date = new Date()) {
	return db()
		.select({ id: calls.id, slug: calls.slug, title: calls.title, closesAt: calls.closesAt })
		.from(calls)
		.where(
			and(
				eq(calls.kind, 'partner_search'),
				isNotNull(calls.publishedAt),
				lte(calls.opensAt, now),
				gt(calls.closesAt, now)
			)
		)
		.orderBy(asc(calls.closesAt), asc(calls.slug));
}

/** A call as the staff profile pages name it, or null. */
export async function profileCallSummary(callId: string) {
	if (!isUuid(callId)) return null;
	const [call] = await db()
		.select({
			id: calls.id,
			slug: calls.slug,
			kind: calls.kind,
			title: calls.title,
			programmeId: calls.programmeId,
			opensAt: calls.opensAt,
			closesAt: calls.closesAt,
			publishedAt: calls.publishedAt
		})
		.from(calls)
		.where(eq(calls.id, callId));
	return call ?? null;
}

/** Organisations staff may make a profile for in a programme: not Swedish, in a cooperation country. */
export async function eligibleProfileOrganisations(programmeId: string) {
	return db()
		.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
		.from(organisations)
		.where(
			and(
				ne(organisations.countryCode, SWEDEN),
				sql`${organisations.countryCode} in (select pc.country_code from ${programmeCountries} pc
					where pc.programme_id = ${programmeId})`
			)
		)
		.orderBy(asc(organisations.name));
}
