import { asc, eq, sql } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { networks, themes } from '$lib/server/db/schema';

const countriesOf = sql<string[]>`(select coalesce(array_agg(nc.country_code::text order by nc.country_code), '{}')
	from network_countries nc where nc.network_id = ${networks.id})`;

const partnershipCount = sql<number>`(select count(*)::int from partnerships p where p.network_id = ${networks.id})`;

/** Every network, newest first, with its theme, countries and number of partnerships. Read again only after a change (cache/read-cache.ts); do not change the result. */
export function listNetworks() {
	return readThrough('networks', queryListNetworks);
}

async function queryListNetworks() {
	return db()
		.select({
			id: networks.id,
			slug: networks.slug,
			name: networks.name,
			description: networks.description,
			startYear: networks.startYear,
			endYear: networks.endYear,
			theme: { slug: themes.slug, name: themes.name },
			countryCodes: countriesOf,
			partnershipCount
		})
		.from(networks)
		.innerJoin(themes, eq(themes.id, networks.themeId))
		.orderBy(sql`${networks.startYear} desc`, asc(networks.slug));
}

/** One network with its theme and countries, or null. Its partnerships come from listPartnerships. */
export async function getNetworkBySlug(slug: string) {
	const [row] = await db()
		.select({
			id: networks.id,
			slug: networks.slug,
			name: networks.name,
			description: networks.description,
			startYear: networks.startYear,
			endYear: networks.endYear,
			theme: { slug: themes.slug, name: themes.name },
			countryCodes: countriesOf
		})
		.from(networks)
		.innerJoin(themes, eq(themes.id, networks.themeId))
		.where(eq(networks.slug, slug))
		.limit(1);
	return row ?? null;
}
