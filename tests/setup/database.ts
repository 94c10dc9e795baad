import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { resetAuth } from '$lib/server/auth';
import { parseConfig, setConfig } from '$lib/server/config';
import { openDatabase, useDatabase, type Database } from '$lib/server/db/client';
import { migrateDatabase } from '$lib/server/db/migrate';

/** Which database this test run uses: the `integration-postgres` project sets TEST_DRIVER=postgres. */
export const driver: 'pglite' | 'postgres' = process.env.TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';

/**
 * Gives the test file a fresh, migrated database of its own: in-memory PGlite, or a new database on
 * the PostgreSQL server of TEST_DATABASE_URL, dropped afterwards. Call once at the top of a file.
 */
export function useTestDatabase(): { database: () => Database; dataDir: string; url: () => string | undefined } {
	let database: Database | undefined;
	let databaseUrl: string | undefined;
	let dropDatabase: (() => Promise<void>) | undefined;
	const dataDir = mkdtempSync(join(tmpdir(), 'glokal-test-'));

	beforeAll(async () => {
		setConfig({ ...parseConfig({ DATA_DIR: dataDir, AUTH_SECRET: 'test-secret-test-secret-test-secret-0123' }) });
		resetAuth();
		if (driver === 'pglite') {
			// A copy of the migrated database the global setup made, when there is one (tests/setup/global.ts).
			const template = inject('pgliteTemplate');
			database = await openDatabase(
				template ? { kind: 'pglite', loadDataDir: new Blob([readFileSync(template)]) } : { kind: 'pglite' }
			);
			await migrateDatabase(database);
		} else {
			const admin = process.env.TEST_DATABASE_URL;
			if (!admin) throw new Error('TEST_DRIVER=postgres needs TEST_DATABASE_URL');
			const name = `glokal_test_${randomBytes(6).toString('hex')}`;
			const server = postgres(admin, { max: 1, onnotice: () => {} });
			// A copy of the migrated template the global setup made (tests/setup/global-postgres.ts).
			const template = inject('postgresTemplate');
			await server.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
			// A test's database is thrown away: no write needs to wait for the disk (1.7–4 ms each
			// otherwise). Set on this database only, never on the server.
			await server.unsafe(`alter database ${name} set synchronous_commit = off`);
			const url = new URL(admin);
			url.pathname = `/${name}`;
			databaseUrl = url.toString();
			database = await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 });
			if (!template) await migrateDatabase(database, url.toString());
			dropDatabase = async () => {
				await server.unsafe(`drop database if exists ${name} with (force)`);
				await server.end();
			};
		}
		useDatabase(database);
	});

	afterAll(async () => {
		await database?.close();
		useDatabase(undefined);
		resetAuth();
		await dropDatabase?.();
		rmSync(dataDir, { recursive: true, force: true });
	});

	return {
		database: () => {
			if (!database) throw new Error('the test database is not open yet');
			return database;
		},
		dataDir,
		/** The PostgreSQL URL of this file's database; undefined on PGlite. */
		url: () => databaseUrl
	};
}
