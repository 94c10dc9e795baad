import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';

// A refused write must change nothing: not the row it aimed at, not the history, not anything else. The
// permission matrices compare this fingerprint of every table before and after each refused call.

type Fingerprint = Record<string, { rows: number; hash: string }>;

/** Rows as postgres-js answers them, or as PGlite does (an object holding them). */
function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/**
 * Every table of the application's schema with its number of rows and a hash of their content, in one
 * query. Equal fingerprints mean no row was added, removed or changed anywhere.
 */
export async function fingerprint(): Promise<Fingerprint> {
	const tables = rowsOf<{ name: string }>(
		await db().execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)
	).map((t) => t.name);
	const parts = tables.map(
		(name) =>
			sql`select ${name}::text as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${sql.identifier(name)} t`
	);
	const rows = rowsOf<{ name: string; rows: number; hash: string }>(
		await db().execute(sql.join(parts, sql` union all `))
	);
	return Object.fromEntries(rows.map((r) => [r.name, { rows: Number(r.rows), hash: r.hash }]));
}

/** The tables whose rows differ between two fingerprints: empty when nothing changed. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
	const names = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...names].filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n])).sort();
}
