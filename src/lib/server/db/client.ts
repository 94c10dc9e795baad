import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseTarget =
	| {
			kind: 'pglite';
			dataDir?: string;
			/** A dump (dumpDataDir) to start from: tests load a migrated one. */ loadDataDir?: Blob;
	  }
	| { kind: 'postgres'; url: string; max?: number };

export type Database = {
	kind: 'pglite' | 'postgres';
	db: Db;
	/** The raw client, for the migrator. */
	client: PGlite | postgres.Sql;
	close(): Promise<void>;
};

/** Opens PGlite (a directory, or memory when none is given) or a PostgreSQL pool. Static imports on purpose: see stack notes. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
	if (target.kind === 'pglite') {
		if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
		const client = await PGlite.create(
			target.dataDir ?? 'memory://',
			target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}
		);
		const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
		return { kind: 'pglite', db, client, close: () => client.close() };
	}
	const client = postgres(target.url, {
		max: target.max ?? 10,
		// A database that does not answer is an outage (availability.ts) after 3 s, not 5: the first
		// request into it waits that long, the ones after answer 503 at once.
		connect_timeout: 3,
		idle_timeout: 60,
		onnotice: () => {}
	});
	const db = drizzlePostgres(preparing(client), { schema, casing: 'snake_case' }) as unknown as Db;
	return { kind: 'postgres', db, client, close: () => client.end({ timeout: 3 }) };
}

/**
 * Drizzle asks postgres.js not to prepare its queries, so PostgreSQL parses and plans every one of them
 * again: for a list page the planning cost more than running it. Prepared, each connection plans a query
 * text once and keeps it (drizzle's texts come from a fixed set of code paths, so the set stays small).
 * Queries inside transactions run on postgres.js's own connection object and stay unprepared.
 * Not for PgBouncer in transaction mode, which cannot keep prepared statements (see decision 0006).
 */
function preparing(client: postgres.Sql): postgres.Sql {
	const unsafe: postgres.Sql['unsafe'] = (query, parameters, options) =>
		client.unsafe(query, parameters, { ...options, prepare: true });
	return new Proxy(client, {
		get: (target, property, receiver) => (property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver))
	});
}

let current: Database | undefined;

/** The database the running server (or the current test file) uses. */
export function database(): Database {
	if (!current) throw new Error('The database is not open yet');
	return current;
}

export function db(): Db {
	return database().db;
}

export function useDatabase(next: Database | undefined): void {
	current = next;
}
