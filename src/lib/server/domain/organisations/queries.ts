import { asc, count, desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { organisations, partnershipParties } from '$lib/server/db/schema';
import { listPartnerships } from '../partnerships/queries';
import { isUuid } from '$lib/server/validation';

export type OrganisationSummary = {
	slug: string;
	name: string;
	kind: (typeof organisations.$inferSelect)['kind'];
	countryCode: string;
};

/** An organisation with its partnerships (each with all its parties), or null. */
export async function getOrganisationBySlug(slug: string) {
	const [organisation] = await db().select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
	if (!organisation) return null;
	const partnerships = await listPartnerships({ organisationId: organisation.id, page: 1, limit: 100 });
	return { organisation, partnerships: partnerships.items };
}

/** The orders the staff list allows, each with the slug after it so that pages never overlap. */
export const organisationSorts = {
	name: organisations.name,
	kind: organisations.kind,
	country: organisations.countryCode,
	population: organisations.population
} as const;
export type OrganisationSort = keyof typeof organisationSorts;

/** Organisations by name (or another allowed column), a page at a time. */
export async function listOrganisations({
	page,
	limit,
	sort = 'name',
	dir = 'asc'
}: {
	page: number;
	limit: number;
	sort?: OrganisationSort;
	dir?: 'asc' | 'desc';
}) {
	const order = dir === 'asc' ? asc : desc;
	const [rows, [total]] = await Promise.all([
		db()
			.select({
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				countryCode: organisations.countryCode,
				subdivision: organisations.subdivision,
				population: organisations.population
			})
			.from(organisations)
			.orderBy(order(organisationSorts[sort]), asc(organisations.slug))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(organisations)
	]);
	return { items: rows, total: total?.n ?? 0, page, limit };
}

/** Organisations that can be a party, for pickers: id, name, country. */
export async function organisationOptions() {
	return db()
		.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
		.from(organisations)
		.orderBy(asc(organisations.name));
}

export async function countPartnershipsOf(organisationId: string): Promise<number> {
	const [row] = await db()
		.select({ n: count() })
		.from(partnershipParties)
		.where(eq(partnershipParties.organisationId, organisationId));
	return row?.n ?? 0;
}

/** One organisation, for staff to edit; null when there is none with this id. */
export async function getOrganisationById(id: string) {
	if (!isUuid(id)) return null;
	const [organisation] = await db().select().from(organisations).where(eq(organisations.id, id)).limit(1);
	return organisation ?? null;
}
