import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db, type Db } from '$lib/server/db/client';
import { networks, organisations, partnershipParties, partnerships, themes } from '$lib/server/db/schema';
import { publicPartnership } from './visibility';

export type PartySummary = {
	slug: string;
	name: string;
	countryCode: string;
	kind: (typeof organisations.$inferSelect)['kind'];
};

export type PartnershipFilters = {
	themeSlug?: string;
	networkSlug?: string;
	countryCode?: string;
	organisationId?: string;
	/**
	 * `start` (the default): the latest start date first, undated ones last. `recent`: the most recently
	 * registered first, dated or not (the home page's "latest partnerships").
	 */
	order?: ListOrder;
	page: number;
	limit: number;
};

type ListOrder = 'start' | 'recent';

/**
 * The outer row's id, always with its table name: Drizzle leaves the name out when a select has no
 * join, and inside the subquery a bare "id" would then mean organisations.id.
 */
const outerPartnershipId = sql`${partnerships}.${sql.identifier(partnerships.id.name)}`;

/** All parties of the row's partnership as one JSON array: Swedish parties first, then by name. */
const partiesOf = sql<PartySummary[]>`(
	select coalesce(json_agg(json_build_object('slug', o.slug, 'name', o.name, 'countryCode', o.country_code, 'kind', o.kind)
		order by (o.country_code <> 'SE'), o.name), '[]'::json)
	from partnership_parties pp join organisations o on o.id = pp.organisation_id
	where pp.partnership_id = ${outerPartnershipId})`;

type Filter = 'theme' | 'network' | 'country' | 'organisation';
const filterOrder: Filter[] = ['theme', 'network', 'country', 'organisation'];

/**
 * Conditions on partnerships' own columns only (a theme or network is looked up by slug once), so that
 * the count needs no joins and a page can be read in the order of the list indexes. Values are
 * placeholders: the queries are built once per combination of filters (see listQueries). Only
 * partnerships the public may see (visibility.ts), whatever the filters.
 */
function filterConditions(present: Filter[]): SQL {
	const value = (name: Filter) => sql.placeholder(name);
	const conditions = present.map((filter) => {
		switch (filter) {
			case 'theme':
				return sql`${partnerships.themeId} = (select t.id from themes t where t.slug = ${value('theme')})`;
			case 'network':
				return sql`${partnerships.networkId} = (select n.id from networks n where n.slug = ${value('network')})`;
			case 'country':
				return sql`exists (select 1 from partnership_parties pp join organisations o on o.id = pp.organisation_id
					where pp.partnership_id = ${partnerships.id} and o.country_code = ${value('country')})`;
			case 'organisation':
				return sql`exists (select 1 from partnership_parties pp
					where pp.partnership_id = ${partnerships.id} and pp.organisation_id = ${value('organisation')})`;
		}
	});
	return and(publicPartnership, ...conditions)!;
}

const orderBy = {
	start: [sql`${partnerships.startDate} desc nulls last`, asc(partnerships.slug)],
	// In the order of partnerships_recent_idx, so that the latest few are read from it and no more.
	recent: [sql`${partnerships.createdAt} desc nulls last`, asc(partnerships.slug)]
} satisfies Record<ListOrder, SQL[]>;

function buildListQueries(database: Db, present: Filter[], order: ListOrder) {
	const key = `${present.join('_') || 'all'}_${order}`;
	const where = filterConditions(present);
	return {
		items: database
			.select({
				id: partnerships.id,
				slug: partnerships.slug,
				title: partnerships.title,
				phase: partnerships.phase,
				startDate: partnerships.startDate,
				endDate: partnerships.endDate,
				theme: { slug: themes.slug, name: themes.name },
				network: { slug: networks.slug, name: networks.name },
				parties: partiesOf
			})
			.from(partnerships)
			.innerJoin(themes, eq(themes.id, partnerships.themeId))
			.leftJoin(networks, eq(networks.id, partnerships.networkId))
			.where(where)
			.orderBy(...orderBy[order])
			.limit(sql.placeholder('limit'))
			.offset(sql.placeholder('offset'))
			.prepare(`partnerships_page_${key}`),
		count: database.select({ n: count() }).from(partnerships).where(where).prepare(`partnerships_count_${key}`)
	};
}

// Drizzle renders a query's SQL on every call, which cost more than a third of a millisecond per list:
// each combination of filters is built once per database (tests open a new one per file).
const built = new WeakMap<Db, Map<string, ReturnType<typeof buildListQueries>>>();

function listQueries(present: Filter[], order: ListOrder) {
	const database = db();
	let queries = built.get(database);
	if (!queries) built.set(database, (queries = new Map()));
	const key = `${present.join(',')}:${order}`;
	let query = queries.get(key);
	if (!query) queries.set(key, (query = buildListQueries(database, present, order)));
	return query;
}

/**
 * Public partnerships matching the filters, newest first (see `order`), one page at a time; each row carries its
 * theme, network and all its parties (two queries in all, whatever the page size).
 */
export async function listPartnerships(f: PartnershipFilters) {
	const values = { theme: f.themeSlug, network: f.networkSlug, country: f.countryCode, organisation: f.organisationId };
	const queries = listQueries(
		filterOrder.filter((filter) => values[filter]),
		f.order ?? 'start'
	);
	const parameters = { ...values, limit: f.limit, offset: (f.page - 1) * f.limit };
	const [items, [total]] = await Promise.all([queries.items.execute(parameters), queries.count.execute(parameters)]);
	return { items, total: total?.n ?? 0, page: f.page, limit: f.limit };
}

export type PartnershipListItem = Awaited<ReturnType<typeof listPartnerships>>['items'][number];

/** One partnership the public may see (visibility.ts) with its theme, network and parties, or null. */
export function getPublicPartnershipBySlug(slug: string) {
	return partnershipBySlug(slug, { publicOnly: true });
}

/**
 * One partnership with its theme, network and parties, or null, whether public or not: for the workspace
 * and staff, after their access has been checked (partnerships/access.ts).
 */
export function getPartnershipBySlug(slug: string) {
	return partnershipBySlug(slug, { publicOnly: false });
}

async function partnershipBySlug(slug: string, { publicOnly }: { publicOnly: boolean }) {
	const [row] = await db()
		.select({
			partnership: partnerships,
			theme: { slug: themes.slug, name: themes.name },
			network: { slug: networks.slug, name: networks.name, startYear: networks.startYear, endYear: networks.endYear }
		})
		.from(partnerships)
		.innerJoin(themes, eq(themes.id, partnerships.themeId))
		.leftJoin(networks, eq(networks.id, partnerships.networkId))
		.where(and(eq(partnerships.slug, slug), publicOnly ? publicPartnership : undefined))
		.limit(1);
	if (!row) return null;
	const parties = await db()
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode,
			subdivision: organisations.subdivision
		})
		.from(partnershipParties)
		.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.where(eq(partnershipParties.partnershipId, row.partnership.id))
		.orderBy(sql`${organisations.countryCode} <> 'SE'`, asc(organisations.name));
	return { ...row, parties };
}

/** Partnerships in which any of these organisations is a party: a member's "my partnerships". */
export async function partnershipsOfOrganisations(organisationIds: string[]) {
	if (organisationIds.length === 0) return [];
	return db()
		.select({
			slug: partnerships.slug,
			title: partnerships.title,
			phase: partnerships.phase,
			startDate: partnerships.startDate,
			endDate: partnerships.endDate,
			parties: partiesOf
		})
		.from(partnerships)
		.where(
			sql`exists (select 1 from partnership_parties pp where pp.partnership_id = ${outerPartnershipId}
				and pp.organisation_id in ${organisationIds})`
		)
		.orderBy(desc(partnerships.startDate));
}

/** Countries that appear among the parties of any public partnership: the choices of the public list's country filter. Read again only after a change (cache/read-cache.ts); do not change the result. */
export function partnershipCountryCodes() {
	return readThrough('partnership-country-codes', queryPartnershipCountryCodes);
}

async function queryPartnershipCountryCodes(): Promise<string[]> {
	const rows = await db()
		.selectDistinct({ code: organisations.countryCode })
		.from(partnershipParties)
		.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
		.innerJoin(partnerships, eq(partnerships.id, partnershipParties.partnershipId))
		.where(publicPartnership)
		.orderBy(asc(organisations.countryCode));
	return rows.map((r) => r.code);
}
