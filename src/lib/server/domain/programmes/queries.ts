import { and, asc, count, countDistinct, desc, eq, sql } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import {
	auditEvents,
	networks,
	organisations,
	partnershipParties,
	partnerships,
	programmeCountries,
	programmes,
	users
} from '$lib/server/db/schema';
import { isUuid } from '$lib/server/validation';
import { publicPartnership } from '../partnerships/visibility';

/** The programme the public portal presents: the first one registered. */
export async function getMainProgramme() {
	const [programme] = await db().select().from(programmes).orderBy(asc(programmes.createdAt)).limit(1);
	if (!programme) return null;
	const countries = await db()
		.select({ code: programmeCountries.countryCode })
		.from(programmeCountries)
		.where(eq(programmeCountries.programmeId, programme.id));
	return { ...programme, countryCodes: countries.map((c) => c.code).sort() };
}

/**
 * The programme the portal presents and the organisation that runs it, for every page's footer; null
 * before any programme exists. Read again only after a change (cache/read-cache.ts); do not change it.
 */
export function programmeOwner() {
	return readThrough('programme-owner', async () => {
		const [row] = await db()
			.select({
				programme: programmes.name,
				owner: { slug: organisations.slug, name: organisations.name }
			})
			.from(programmes)
			.innerJoin(organisations, eq(organisations.id, programmes.ownerOrganisationId))
			.orderBy(asc(programmes.createdAt))
			.limit(1);
		return row ?? null;
	});
}

/**
 * Headline figures, counted again only after a change: of the partnerships the public may see
 * (partnerships/visibility.ts) for the home page, of all of them (`all`) for the staff overview.
 */
export function programmeFigures(scope: 'public' | 'all' = 'public') {
	return readThrough(`programme-figures-${scope}`, () => countFigures(scope));
}

async function countFigures(scope: 'public' | 'all') {
	const [row] = await db()
		.select({
			partnerships: countDistinct(partnerships.id),
			countries: countDistinct(organisations.countryCode),
			organisations: countDistinct(organisations.id)
		})
		.from(partnerships)
		.leftJoin(partnershipParties, eq(partnershipParties.partnershipId, partnerships.id))
		.leftJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.where(scope === 'public' ? publicPartnership : undefined);
	const [net] = await db()
		.select({ n: sql<number>`count(*)::int` })
		.from(networks);
	return {
		partnerships: row?.partnerships ?? 0,
		countries: row?.countries ?? 0,
		organisations: row?.organisations ?? 0,
		networks: net?.n ?? 0
	};
}

/** Every programme, for staff: id, slug, name. */
export async function listProgrammes() {
	return db()
		.select({ id: programmes.id, slug: programmes.slug, name: programmes.name })
		.from(programmes)
		.orderBy(asc(programmes.createdAt));
}

/** One programme with its cooperation countries, for staff to edit; null when there is none with this id. */
export async function getProgrammeById(id: string) {
	if (!isUuid(id)) return null;
	const [programme] = await db().select().from(programmes).where(eq(programmes.id, id)).limit(1);
	if (!programme) return null;
	const countries = await db()
		.select({ code: programmeCountries.countryCode })
		.from(programmeCountries)
		.where(eq(programmeCountries.programmeId, id));
	return { ...programme, countryCodes: countries.map((c) => c.code).sort() };
}

/** The recorded changes of a programme's texts, rules and countries, newest first, a page at a time. */
export async function programmeHistory(programmeId: string, { page, limit }: { page: number; limit: number }) {
	const where = and(eq(auditEvents.subjectType, 'programme'), eq(auditEvents.subjectId, programmeId));
	const [rows, [total]] = await Promise.all([
		db()
			.select({
				id: auditEvents.id,
				occurredAt: auditEvents.occurredAt,
				action: auditEvents.action,
				actorName: users.name,
				before: auditEvents.before,
				after: auditEvents.after
			})
			.from(auditEvents)
			.leftJoin(users, eq(users.id, auditEvents.actorUserId))
			.where(where)
			.orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(auditEvents).where(where)
	]);
	return { items: rows, total: total?.n ?? 0, page, limit };
}
