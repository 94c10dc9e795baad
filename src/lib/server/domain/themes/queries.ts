import { asc, eq, sql } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { themes } from '$lib/server/db/schema';
import { isUuid } from '$lib/server/validation';

/** Every theme. Read again only after a change (cache/read-cache.ts); do not change the result. */
export function listThemes() {
	return readThrough('themes', queryListThemes);
}

async function queryListThemes() {
	return db().select({ id: themes.id, slug: themes.slug, name: themes.name }).from(themes).orderBy(asc(themes.slug));
}

/** Every theme with its description and how many networks and partnerships use it, for staff. */
export async function listThemesForStaff() {
	return db()
		.select({
			id: themes.id,
			slug: themes.slug,
			name: themes.name,
			description: themes.description,
			networkCount: sql<number>`(select count(*)::int from networks n where n.theme_id = ${themes.id})`,
			partnershipCount: sql<number>`(select count(*)::int from partnerships p where p.theme_id = ${themes.id})`
		})
		.from(themes)
		.orderBy(asc(themes.slug));
}

/** One theme, for staff to edit; null when there is none with this id. */
export async function getThemeById(id: string) {
	if (!isUuid(id)) return null;
	const [theme] = await db().select().from(themes).where(eq(themes.id, id)).limit(1);
	return theme ?? null;
}
