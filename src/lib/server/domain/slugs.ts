import { getTableName, like, or, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import slugify from 'slugify';
import type { Executor } from '$lib/server/db/client';
import { lockUntilCommit } from '$lib/server/db/locks';

/** "Åmål kommun" → "amal-kommun". */
export function toSlug(text: string): string {
	const slug = slugify(text, { lower: true, strict: true, trim: true });
	return slug.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'x';
}

/**
 * A slug not yet taken in `table`: the base, or the base with -2, -3, … Call it inside the transaction
 * that inserts the row: it holds a lock on the base until the commit, so two writes making the same slug
 * at once (two accepted matches of towns with one name) get the base and the base with -2, not a
 * violated unique index.
 */
export async function uniqueSlug(db: Executor, table: PgTable, column: AnyPgColumn, text: string): Promise<string> {
	const base = toSlug(text);
	await lockUntilCommit(db, `slug:${getTableName(table)}:${base}`);
	const rows = (await db
		.select({ slug: column })
		.from(table)
		.where(or(eq(column, base), like(column, `${base}-%`)))) as { slug: string }[];
	const taken = new Set(rows.map((r) => r.slug));
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
