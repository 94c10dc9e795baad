import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { publicPartnership } from '../partnerships/visibility';
import type { OrganisationSummary } from './queries';
import { containsPattern, foldedName } from './search';

// The public directory of organisations (/[lang]/organisations): who takes part in the programme.

// Always with the table's name: in a select without joins Drizzle leaves it out, and inside the
// subqueries a bare "id" would mean the id of partnerships or programmes.
const organisationId = sql`${organisations}.${sql.identifier(organisations.id.name)}`;

/**
 * Which organisations the directory lists: a party to a partnership the public may see (the one rule of
 * partnerships/visibility.ts), or the organisation that runs a programme. Anyone who answers a call
 * registers their organisation; it joins the directory once it is a party to a public partnership, so
 * that a name typed by a visitor does not appear on the site by itself.
 */
export const listedInDirectory: SQL = sql`(exists (
	select 1 from partnership_parties pp join partnerships on partnerships.id = pp.partnership_id
	where pp.organisation_id = ${organisationId} and ${publicPartnership})
	or exists (select 1 from programmes owned where owned.owner_organisation_id = ${organisationId}))`;

export type DirectoryFilters = {
	/** Any part of the name, ignoring case and accents (search.ts). */
	q?: string;
	countryCode?: string;
	kind?: OrganisationSummary['kind'];
	page: number;
	limit: number;
};

/** Listed organisations matching the filters, by name, a page at a time, with how many match in all. */
export async function listDirectory({ q, countryCode, kind, page, limit }: DirectoryFilters) {
	const where = and(
		listedInDirectory,
		q ? sql`${foldedName} like ${containsPattern(q)}` : undefined,
		countryCode ? eq(organisations.countryCode, countryCode) : undefined,
		kind ? eq(organisations.kind, kind) : undefined
	);
	const [rows, [total]] = await Promise.all([
		db()
			.select({
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				countryCode: organisations.countryCode,
				subdivision: organisations.subdivision
			})
			.from(organisations)
			.where(where)
			.orderBy(asc(organisations.name), asc(organisations.slug))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(organisations).where(where)
	]);
	return { items: rows, total: total?.n ?? 0, page, limit };
}

/**
 * The countries and kinds of the listed organisations: the choices of the directory's filters. Read
 * again only after a change (cache/read-cache.ts); do not change the result.
 */
export function directoryFacets() {
	return readThrough('organisation-directory-facets', async () => {
		const [countries, kinds] = await Promise.all([
			db()
				.selectDistinct({ code: organisations.countryCode })
				.from(organisations)
				.where(listedInDirectory)
				.orderBy(asc(organisations.countryCode)),
			db()
				.selectDistinct({ kind: organisations.kind })
				.from(organisations)
				.where(listedInDirectory)
				.orderBy(asc(organisations.kind))
		]);
		return { countryCodes: countries.map((c) => c.code), kinds: kinds.map((k) => k.kind) };
	});
}
