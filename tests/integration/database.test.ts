import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import journal from '../../drizzle/meta/_journal.json';
import { parseConfig, type Config } from '$lib/server/config';
import { db, useDatabase, type Database, type Executor } from '$lib/server/db/client';
import { latestMigration, migrateDatabase, shippedMigration } from '$lib/server/db/migrate';
import {
	accounts,
	memberships,
	networks,
	organisations,
	partnershipParties,
	partnerships,
	programmes,
	themes,
	users
} from '$lib/server/db/schema';
import { getPartnershipBySlug } from '$lib/server/domain/partnerships/queries';
import { hasProgramme } from '$lib/server/seed/demo';
import { startServer } from '$lib/server/startup';
import { driver, useTestDatabase } from '../setup/database';

const test = useTestDatabase();
const SECRET = 'test-secret-test-secret-test-secret-0123';

/** Rows per table, and the shape of every table: what a migration could change. */
async function snapshot(on: Executor) {
	const rows = await on.execute<{ table_name: string; columns: string }>(sql`
		select table_name, string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ', ' order by column_name) as columns
		from information_schema.columns where table_schema in ('public', 'drizzle') group by table_name order by table_name`);
	const list = Array.isArray(rows)
		? rows
		: (rows as unknown as { rows: { table_name: string; columns: string }[] }).rows;
	return { tables: list.map((r) => `${r.table_name}(${r.columns})`), counts: await counts(on) };
}

async function counts(on: Executor) {
	const [migrations] = await on
		.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
		.then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows));
	return {
		migrations: migrations?.n,
		programmes: await on.$count(programmes),
		organisations: await on.$count(organisations),
		themes: await on.$count(themes),
		networks: await on.$count(networks),
		partnerships: await on.$count(partnerships),
		parties: await on.$count(partnershipParties),
		users: await on.$count(users),
		accounts: await on.$count(accounts),
		memberships: await on.$count(memberships)
	};
}

describe('migrations', () => {
	it('record the newest shipped migration, the last in the journal', async () => {
		expect(shippedMigration).toBe(journal.entries.at(-1)?.tag);
		expect(await latestMigration(db())).toBe(shippedMigration);
	});

	it('change nothing when run again', async () => {
		const before = await snapshot(db());
		expect(before.counts.migrations).toBe(journal.entries.length);
		await migrateDatabase(test.database(), test.url());
		await migrateDatabase(test.database(), test.url());
		expect(await snapshot(db())).toEqual(before);
		expect(await latestMigration(db())).toBe(shippedMigration);
	});
});

describe('the demo programme', () => {
	// The server's own start-up (open, migrate, seed when empty), twice on one database.
	const dataDir = mkdtempSync(join(tmpdir(), 'glokal-start-'));
	afterAll(() => {
		useDatabase(test.database());
		rmSync(dataDir, { recursive: true, force: true });
	});

	function serverConfig(): Config {
		return driver === 'pglite'
			? parseConfig({ DATA_DIR: dataDir, AUTH_SECRET: SECRET })
			: // On PostgreSQL the demo is loaded only when asked for.
				parseConfig({ DATA_DIR: dataDir, DATABASE_URL: test.url(), AUTH_SECRET: SECRET, SEED_DEMO: 'always' });
	}

	async function started<T>(work: (database: Database) => Promise<T>): Promise<T> {
		const database = await startServer(serverConfig());
		try {
			return await work(database);
		} finally {
			await database.close();
			useDatabase(test.database());
		}
	}

	it('is loaded on the first start: 13 partnerships, 2 networks, 5 people, a three-party partnership', async () => {
		expect(await hasProgramme()).toBe(false);
		const after = await started(async (database) => {
			expect(database.kind).toBe(driver);
			expect(await hasProgramme()).toBe(true);
			const ale = await getPartnershipBySlug('ale-ghanzi-budesti');
			expect(ale?.parties.map((p) => p.countryCode)).toEqual(['SE', 'BW', 'MD']);
			for (const slug of ['jonkoping-stellenbosch', 'pitea-chinsali'])
				expect((await getPartnershipBySlug(slug))?.parties, slug).toHaveLength(2);
			const networkSlugs = (await database.db.select({ slug: networks.slug }).from(networks)).map((n) => n.slug).sort();
			expect(networkSlugs).toEqual(['gender-equality', 'human-rights']);
			const emails = (await database.db.select({ email: users.email, role: users.role }).from(users)).sort((a, b) =>
				a.email.localeCompare(b.email)
			);
			expect(emails).toEqual([
				{ email: 'coordinator@example.org', role: 'user' },
				{ email: 'member@example.org', role: 'user' },
				{ email: 'pitea@example.org', role: 'user' },
				{ email: 'staff@example.org', role: 'staff' },
				{ email: 'stellenbosch@example.org', role: 'user' }
			]);
			return counts(database.db);
		});
		expect(after).toMatchObject({
			programmes: 1,
			// With Jönköping University, an executor of the demo governance, five seeking a partner
			// (demo-profiles.ts) and four of the gender-equality network (demo-gender-network.ts).
			organisations: 32,
			networks: 2,
			partnerships: 13,
			parties: 27,
			users: 5,
			accounts: 5,
			memberships: 4
		});
	});

	it('is not loaded again on the next start', async () => {
		const first = await started((database) => counts(database.db));
		const second = await started((database) => counts(database.db));
		expect(second).toEqual(first);
		expect(second.partnerships).toBe(13);
	});
});
