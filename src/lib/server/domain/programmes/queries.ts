import { asc, countDistinct, eq, sql } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import {
	networks,
	organisations,
	partnershipParties,
	partnerships,
	programmeCountries,
	programmes
} from '$lib/server/db/schema';

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
