import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '$lib/server/config';
import { openDatabase, type Database } from '$lib/server/db/client';
import { backUpEmbedded } from '$lib/server/jobs/embedded-backup';
import { seedDemo } from '$lib/server/seed/demo';
import { driver, useTestDatabase } from '../setup/database';

/**
 * A backup restores into an empty database with every row of every table: the demo programme (made
 * through the use cases, so with its audit events), compared table by table by row count and checksum.
 * Runs the real `npm run backup` and `npm run restore` scripts; on PGlite also the server's daily backup.
 */

const test = useTestDatabase();
const work = mkdtempSync(join(tmpdir(), 'glokal-restore-'));

type Fingerprint = Record<string, { rows: number; md5: string }>;

/** Row count and an order-independent checksum of every table outside PostgreSQL's own schemas. */
async function fingerprint(database: Database): Promise<Fingerprint> {
	const list = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
	const tables = list<{ name: string }>(
		await database.db.execute(sql`
			select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
			where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
			order by 1`)
	);
	const result: Fingerprint = {};
	for (const { name } of tables) {
		const [row] = list<{ rows: number; md5: string }>(
			await database.db.execute(
				sql.raw(
					`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${name} t`
				)
			)
		);
		result[name] = row!;
	}
	return result;
}

function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
	const { DATABASE_URL: _u, DATA_DIR: _d, BACKUP_DIR: _b, ...rest } = process.env;
	const run = spawnSync(process.execPath, [`scripts/${name}.js`, ...args], {
		env: { ...rest, ...env },
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout + run.stderr };
}

let original: Fingerprint;

beforeAll(async () => {
	await seedDemo();
	original = await fingerprint(test.database());
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('has data to lose: every demo table, with audit events', () => {
	expect(original['public.audit_events']?.rows).toBeGreaterThan(20);
	expect(original['public.users']?.rows).toBeGreaterThan(3);
	expect(Object.values(original).filter((t) => t.rows > 0).length).toBeGreaterThan(15);
});

describe.runIf(driver === 'pglite')('on PGlite', () => {
	const dataDir = (name: string) => join(work, name);

	it('restores the daily backup, backs the restored directory up, and restores that: every row is there', async () => {
		const cfg = parseConfig({ DATA_DIR: dataDir('server'), AUTH_SECRET: 'x'.repeat(32) });
		const daily = await backUpEmbedded(cfg, test.database());

		const first = script('restore', [daily.file], { DATA_DIR: dataDir('first') });
		expect(first.out).toContain('its migration: ');
		expect(first.status, first.out).toBe(0);

		const backup = script('backup', [], { DATA_DIR: dataDir('first') });
		expect(backup.status, backup.out).toBe(0);
		expect(backup.out).toMatch(/written to .*glokal-pglite-\d{8}T\d{6}Z\.tar\.gz \(\d+\.\d MB, \d+\.\d s\)/);
		const file = join(dataDir('first'), 'backups', readdirSync(join(dataDir('first'), 'backups'))[0]!);

		expect(script('restore', [file], { DATA_DIR: dataDir('second') }).status).toBe(0);
		const restored = await openDatabase({ kind: 'pglite', dataDir: join(dataDir('second'), 'pglite') });
		try {
			expect(await fingerprint(restored)).toEqual(original);
		} finally {
			await restored.close();
		}

		const again = script('restore', [file], { DATA_DIR: dataDir('second') });
		expect(again.status).toBe(1);
		expect(again.out).toContain('already holds a database: add --force');
	}, 90_000);

	it('refuses to back up a directory a running server holds', () => {
		writeFileSync(join(dataDir('first'), 'server.pid'), String(process.pid));
		const refused = script('backup', [], { DATA_DIR: dataDir('first') });
		expect(refused.status).toBe(1);
		expect(refused.out).toContain(`the server (pid ${process.pid}) holds`);
		rmSync(join(dataDir('first'), 'server.pid'));
	});
});

describe.runIf(driver === 'postgres')('on PostgreSQL', () => {
	const scratch = `glokal_restore_${randomBytes(5).toString('hex')}`;
	let admin: postgres.Sql;
	let scratchUrl: string;

	beforeAll(async () => {
		admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${scratch}`);
		const url = new URL(test.url()!);
		url.pathname = `/${scratch}`;
		scratchUrl = url.toString();
	});

	afterAll(async () => {
		await admin.unsafe(`drop database if exists ${scratch} with (force)`);
		await admin.end();
	});

	it('restores pg_dump’s backup into an empty database with every row, and only over a full one with --force', async () => {
		const backup = script('backup', [], { DATABASE_URL: test.url()!, BACKUP_DIR: join(work, 'pg') });
		expect(backup.status, backup.out).toBe(0);
		expect(backup.out).toMatch(/written to .*glokal-postgres-\d{8}T\d{6}Z\.dump \(\d+\.\d MB, \d+\.\d s; pg_dump \d+/);
		const file = join(work, 'pg', readdirSync(join(work, 'pg'))[0]!);

		const restore = script('restore', [file], { DATABASE_URL: scratchUrl });
		expect(restore.status, restore.out).toBe(0);
		const restored = await openDatabase({ kind: 'postgres', url: scratchUrl, max: 1 });
		try {
			expect(await fingerprint(restored)).toEqual(original);
		} finally {
			await restored.close();
		}

		const refused = script('restore', [file], { DATABASE_URL: scratchUrl });
		expect(refused.status).toBe(1);
		expect(refused.out).toContain('the database is not empty');
		const forced = script('restore', [file, '--force'], { DATABASE_URL: scratchUrl });
		expect(forced.status, forced.out).toBe(0);
	});

	it('refuses a backup from a newer Glokal before touching the database', async () => {
		await test
			.database()
			.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', 99999999999999)`);
		const backup = script('backup', ['--out', join(work, 'future.dump')], { DATABASE_URL: test.url()! });
		expect(backup.status, backup.out).toBe(0);
		const refused = script('restore', [join(work, 'future.dump'), '--force'], { DATABASE_URL: scratchUrl });
		expect(refused.status).toBe(1);
		expect(refused.out).toContain('the backup comes from a newer Glokal');
	});
});
