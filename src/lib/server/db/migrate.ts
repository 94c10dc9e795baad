import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import journal from '../../../../drizzle/meta/_journal.json';
import type { Database, Executor } from './client';

const migrationsFolder = resolve(process.env.GLOKAL_MIGRATIONS_DIR ?? 'drizzle');
// Any constant: lets several processes start at once against one PostgreSQL without racing the migrator.
const MIGRATION_LOCK = 724_201_011;

/** Applies the committed migrations that are not applied yet. Running it twice changes nothing. */
export async function migrateDatabase(database: Database, url?: string): Promise<void> {
	if (database.kind === 'pglite') {
		await migratePglite(drizzlePglite(database.client as PGlite), { migrationsFolder });
		return;
	}
	if (!url) throw new Error('migrateDatabase needs the PostgreSQL URL');
	const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	try {
		await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migratePostgres(drizzlePostgres(single), { migrationsFolder });
		await single`select pg_advisory_unlock(${MIGRATION_LOCK})`;
	} finally {
		await single.end({ timeout: 3 });
	}
}

// Held by a starting process from its migrations to the end of its demo seed (see startup.ts).
const SETUP_LOCK = 724_201_012;

/**
 * Runs `work` while this process holds PostgreSQL's setup lock of the database at `url` (an advisory
 * lock on a connection of its own), so that processes starting at once on one new database migrate and
 * seed one after the other: the second finds the demo programme there and loads nothing. Released when
 * `work` ends, fails, or the process dies (PostgreSQL ends the session).
 */
export async function underSetupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
	const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	try {
		await single`select pg_advisory_lock(${SETUP_LOCK})`;
		return await work();
	} finally {
		await single.end({ timeout: 3 });
	}
}

/** The tag of the newest migration applied to this database, e.g. "0001_partnership_parties_rule". */
export async function latestMigration(db: Executor): Promise<string | null> {
	const rows = await db.execute<{ created_at: string }>(
		sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`
	);
	const list = Array.isArray(rows) ? rows : (rows as { rows: { created_at: string }[] }).rows;
	const when = list[0]?.created_at;
	if (!when) return null;
	return journal.entries.find((e) => String(e.when) === when)?.tag ?? null;
}

/** The newest migration this build ships. */
export const shippedMigration = journal.entries.at(-1)?.tag ?? null;
