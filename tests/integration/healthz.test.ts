import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { openDatabase, useDatabase, type Database } from '$lib/server/db/client';
import { shippedMigration } from '$lib/server/db/migrate';
import { GET } from '../../src/routes/healthz/+server';
import { driver, useTestDatabase } from '../setup/database';

const test = useTestDatabase();

// The handler reads nothing from its request event.
const call = () => GET({} as Parameters<typeof GET>[0]);

async function answer() {
	const response = await call();
	return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.json() };
}

/** A second connection to this file's database, which the test may close. */
async function anotherDatabase(): Promise<Database> {
	const url = test.url();
	if (driver === 'postgres' && url) return openDatabase({ kind: 'postgres', url, max: 1 });
	const template = inject('pgliteTemplate');
	return openDatabase(
		template ? { kind: 'pglite', loadDataDir: new Blob([readFileSync(template)]) } : { kind: 'pglite' }
	);
}

describe('GET /healthz', () => {
	afterEach(() => useDatabase(test.database()));

	it('answers 200 with the database kind and the newest migration', async () => {
		expect(await answer()).toEqual({
			status: 200,
			cacheControl: 'no-store',
			body: { status: 'ok', database: driver, migration: shippedMigration }
		});
	});

	it('answers 503 when the database is closed', async () => {
		const closed = await anotherDatabase();
		useDatabase(closed);
		await closed.close();
		expect(await answer()).toEqual({
			status: 503,
			cacheControl: 'no-store',
			body: { status: 'unavailable', database: driver }
		});
	});

	it('answers 503 before any database is open', async () => {
		useDatabase(undefined);
		expect(await answer()).toEqual({
			status: 503,
			cacheControl: 'no-store',
			body: { status: 'unavailable', database: null }
		});
	});

	it('answers 200 again once the database is back', async () => {
		expect((await answer()).status).toBe(200);
	});
});
