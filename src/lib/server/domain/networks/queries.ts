import { asc, eq, sql } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { networkExperts, networks, organisations, partnerships, themes } from '$lib/server/db/schema';
import { publicPartnership } from '../partnerships/visibility';
import { isUuid } from '$lib/server/validation';

const countriesOf = sql<string[]>`(select coalesce(array_agg(nc.country_code::text order by nc.country_code), '{}')
	from network_countries nc where nc.network_id = ${networks.id})`;

/** The network's partnerships that the public may see (partnerships/visibility.ts). */
const partnershipCount = sql<number>`(select count(*)::int from ${partnerships}
	where ${partnerships}.${sql.identifier(partnerships.networkId.name)} = ${networks.id} and ${publicPartnership})`;

/** What the public pages and the API show of a network (with its theme: join themes). */
const publicColumns = {
	id: networks.id,
	slug: networks.slug,
	name: networks.name,
	description: networks.description,
	startYear: networks.startYear,
	endYear: networks.endYear,
	theme: { slug: themes.slug, name: themes.name },
	countryCodes: countriesOf
};

/** Every network, newest first, with its theme, countries and number of public partnerships. Read again only after a change (cache/read-cache.ts); do not change the result. */
export function listNetworks() {
	return readThrough('networks', queryListNetworks);
}

async function queryListNetworks() {
	return db()
		.select({ ...publicColumns, partnershipCount })
		.from(networks)
		.innerJoin(themes, eq(themes.id, networks.themeId))
		.orderBy(sql`${networks.startYear} desc`, asc(networks.slug));
}

/** One network with its theme and countries, or null. Its partnerships come from listPartnerships. */
export async function getNetworkBySlug(slug: string) {
	const [row] = await db()
		.select(publicColumns)
		.from(networks)
		.innerJoin(themes, eq(themes.id, networks.themeId))
		.where(eq(networks.slug, slug))
		.limit(1);
	return row ?? null;
}

/** One network with its countries and university experts, for staff to edit; null when there is none. */
export async function getNetworkById(id: string) {
	if (!isUuid(id)) return null;
	const [network] = await db()
		.select({
			id: networks.id,
			slug: networks.slug,
			programmeId: networks.programmeId,
			themeId: networks.themeId,
			name: networks.name,
			description: networks.description,
			startYear: networks.startYear,
			endYear: networks.endYear,
			countryCodes: countriesOf
		})
		.from(networks)
		.where(eq(networks.id, id))
		.limit(1);
	if (!network) return null;
	const experts = await db()
		.select({
			id: networkExperts.id,
			name: networkExperts.name,
			email: networkExperts.email,
			expertise: networkExperts.expertise,
			organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug }
		})
		.from(networkExperts)
		.innerJoin(organisations, eq(organisations.id, networkExperts.organisationId))
		.where(eq(networkExperts.networkId, id))
		.orderBy(asc(networkExperts.name), asc(networkExperts.id));
	return { ...network, experts };
}

/** Universities, the organisations whose people can be a network's experts: id, name, country. */
export async function universityOptions() {
	return db()
		.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
		.from(organisations)
		.where(eq(organisations.kind, 'university'))
		.orderBy(asc(organisations.name));
}
