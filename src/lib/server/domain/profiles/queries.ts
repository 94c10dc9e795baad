import { and, asc, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { calls, organisations, partnerProfiles, themes } from '$lib/server/db/schema';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { roleIn } from '../accounts/actor';
import { currentConcepts } from '../matchmaking/concepts';
import { canReadProfile } from './policy';

// Reads of partner-seeking profiles. The public sees published profiles of published calls only;
// drafts and withdrawn profiles only their organisation's people and staff.

const matchesLeft = sql<number>`greatest(${partnerProfiles.maxMatches} - (select count(*)::int from matches mt
	where mt.profile_id = ${partnerProfiles.id}), 0)`.mapWith(Number);

const profileColumns = {
	id: partnerProfiles.id,
	status: partnerProfiles.status,
	organisation: {
		id: organisations.id,
		slug: organisations.slug,
		name: organisations.name,
		countryCode: organisations.countryCode,
		kind: organisations.kind
	},
	/** The profile's population, or else the organisation's. */
	population: sql<number | null>`coalesce(${partnerProfiles.population}, ${organisations.population})`,
	theme: { id: themes.id, slug: themes.slug, name: themes.name },
	challenge: partnerProfiles.challenge,
	hopes: partnerProfiles.hopes,
	contactRole: partnerProfiles.contactRole,
	languages: partnerProfiles.languages,
	/** Challenge areas chosen from the list; `concepts` are those recognised in the challenge (if current). */
	chosenConcepts: partnerProfiles.chosenConcepts,
	concepts: partnerProfiles.concepts,
	conceptsVersion: partnerProfiles.conceptsVersion,
	maxMatches: partnerProfiles.maxMatches,
	matchesLeft,
	call: {
		id: calls.id,
		slug: calls.slug,
		title: calls.title,
		opensAt: calls.opensAt,
		closesAt: calls.closesAt,
		publishedAt: calls.publishedAt
	},
	publishedAt: partnerProfiles.publishedAt,
	updatedAt: partnerProfiles.updatedAt
};

function selectProfiles() {
	return db()
		.select(profileColumns)
		.from(partnerProfiles)
		.innerJoin(organisations, eq(organisations.id, partnerProfiles.organisationId))
		.innerJoin(themes, eq(themes.id, partnerProfiles.themeId))
		.innerJoin(calls, eq(calls.id, partnerProfiles.callId));
}

export type ProfileRow = Awaited<ReturnType<typeof selectProfiles>>[number];

const isPublic = and(eq(partnerProfiles.status, 'published'), isNotNull(calls.publishedAt))!;

export type PublicProfileFilters = {
	countryCode?: string;
	/** A theme's slug or id. */
	theme?: string;
	callSlug?: string;
	page: number;
	limit: number;
};

function publicConditions(f: PublicProfileFilters): SQL {
	const conditions: SQL[] = [isPublic];
	if (f.countryCode) conditions.push(eq(organisations.countryCode, f.countryCode));
	if (f.theme) conditions.push(isUuid(f.theme) ? eq(themes.id, f.theme) : eq(themes.slug, f.theme));
	if (f.callSlug) conditions.push(eq(calls.slug, f.callSlug));
	return and(...conditions)!;
}

/**
 * Who seeks a partner: published profiles in published calls, newest first, filtered by the
 * organisation's country, the theme (slug or id) and the call (slug), one page at a time. Each row has
 * its organisation, theme, call, texts, languages and how many matches it may still get.
 */
export async function listPublishedProfiles(f: PublicProfileFilters) {
	const where = publicConditions(f);
	const [items, [total]] = await Promise.all([
		selectProfiles()
			.where(where)
			.orderBy(desc(partnerProfiles.publishedAt), asc(partnerProfiles.id))
			.limit(f.limit)
			.offset((f.page - 1) * f.limit),
		db()
			.select({ n: count() })
			.from(partnerProfiles)
			.innerJoin(organisations, eq(organisations.id, partnerProfiles.organisationId))
			.innerJoin(themes, eq(themes.id, partnerProfiles.themeId))
			.innerJoin(calls, eq(calls.id, partnerProfiles.callId))
			.where(where)
	]);
	return { items, total: total?.n ?? 0, page: f.page, limit: f.limit };
}

/** The choices of the public list's filters: the countries, themes and calls that have public profiles. */
export async function publishedProfileFilterOptions() {
	const [countries, themeRows, callRows] = await Promise.all([
		db()
			.selectDistinct({ code: organisations.countryCode })
			.from(partnerProfiles)
			.innerJoin(organisations, eq(organisations.id, partnerProfiles.organisationId))
			.innerJoin(calls, eq(calls.id, partnerProfiles.callId))
			.where(isPublic),
		db()
			.selectDistinct({ id: themes.id, slug: themes.slug, name: themes.name })
			.from(partnerProfiles)
			.innerJoin(themes, eq(themes.id, partnerProfiles.themeId))
			.innerJoin(calls, eq(calls.id, partnerProfiles.callId))
			.where(isPublic),
		db()
			.selectDistinct({ id: calls.id, slug: calls.slug, title: calls.title })
			.from(partnerProfiles)
			.innerJoin(calls, eq(calls.id, partnerProfiles.callId))
			.where(isPublic)
	]);
	return { countryCodes: countries.map((c) => c.code).sort(), themes: themeRows, calls: callRows };
}

/** One published profile of a published call, or null (drafts and withdrawn profiles are not public). */
export async function getPublishedProfile(id: string): Promise<ProfileRow | null> {
	if (!isUuid(id)) return null;
	const [row] = await selectProfiles()
		.where(and(eq(partnerProfiles.id, id), isPublic))
		.limit(1);
	return row ?? null;
}

/**
 * Rows with `recognisedAreas`, the challenge areas recognised in each challenge (stored while current,
 * else read from the text now, one query per such row).
 */
export async function withRecognisedAreas<T extends ProfileRow>(
	rows: T[]
): Promise<(T & { recognisedAreas: string[] })[]> {
	return Promise.all(rows.map(async (row) => ({ ...row, recognisedAreas: await currentConcepts(db(), row) })));
}

/**
 * One profile as the actor may see it: published (in a published call) for anyone, a draft or withdrawn
 * one for staff and its organisation's people; otherwise null. `canEdit` says whether the actor may
 * change it (staff, or a coordinator of the organisation), `recognisedAreas` the areas recognised in its
 * challenge.
 */
export async function getProfileForActor(actor: Actor, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await selectProfiles().where(eq(partnerProfiles.id, id)).limit(1);
	if (!row) return null;
	const own = canReadProfile(actor, { organisationId: row.organisation.id, status: 'draft' });
	if (!own && (row.status !== 'published' || row.call.publishedAt === null)) return null;
	const [withAreas] = await withRecognisedAreas([row]);
	return { ...withAreas!, canEdit: actor.isStaff || roleIn(actor, row.organisation.id) === 'coordinator' };
}

/**
 * The profiles of the actor's organisations (every role: members read, coordinators edit), newest
 * first, each with `canEdit`.
 */
export async function myProfiles(actor: Actor) {
	const organisationIds = actor.memberships.map((m) => m.organisationId);
	if (organisationIds.length === 0) return [];
	const rows = await selectProfiles()
		.where(inArray(partnerProfiles.organisationId, organisationIds))
		.orderBy(desc(partnerProfiles.updatedAt), asc(partnerProfiles.id));
	return rows.map((row) => ({ ...row, canEdit: roleIn(actor, row.organisation.id) === 'coordinator' }));
}

/** Every profile of a call, whatever its status, by organisation name: the staff list. */
export async function profilesOfCall(callId: string) {
	if (!isUuid(callId)) return [];
	return selectProfiles()
		.where(eq(partnerProfiles.callId, callId))
		.orderBy(asc(organisations.name), asc(partnerProfiles.id));
}
