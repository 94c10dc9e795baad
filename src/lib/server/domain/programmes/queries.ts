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

/** Headline figures for the home page and the staff overview; counted again only after a change. */
export function programmeFigures() {
	return readThrough('programme-figures', countFigures);
}

async function countFigures() {
	const [row] = await db()
		.select({
			partnerships: countDistinct(partnerships.id),
			countries: countDistinct(organisations.countryCode),
			organisations: countDistinct(organisations.id)
		})
		.from(partnerships)
		.leftJoin(partnershipParties, eq(partnershipParties.partnershipId, partnerships.id))
		.leftJoin(organisations, eq(organisations.id, partnershipParties.organisationId));
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
