import { asc } from 'drizzle-orm';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { themes } from '$lib/server/db/schema';

/** Every theme. Read again only after a change (cache/read-cache.ts); do not change the result. */
export function listThemes() {
	return readThrough('themes', queryListThemes);
}

async function queryListThemes() {
	return db().select({ id: themes.id, slug: themes.slug, name: themes.name }).from(themes).orderBy(asc(themes.slug));
}
