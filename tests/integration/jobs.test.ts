import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '$lib/server/config';
import { pgliteDb } from '$lib/server/jobs/pglite-db';
import { startJobs, type JobRunner } from '$lib/server/jobs/runner';
import { driver, useTestDatabase } from '../setup/database';

const test = useTestDatabase();
let cfg: Config;
let runner: JobRunner;

const rows = async <T>(query: ReturnType<typeof sql>) => {
	const result = await test.database().db.execute(query);
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};

beforeAll(async () => {
	const base = parseConfig({ DATA_DIR: test.dataDir, AUTH_SECRET: 'test-secret-test-secret-test-secret-0123' });
	cfg = driver === 'postgres' ? { ...base, database: { kind: 'postgres', url: test.url()! } } : base;
	runner = await startJobs(cfg, test.database(), 0.5);
});

afterAll(async () => {
	await runner.stop();
});

describe('the job runner', () => {
	it('schedules the daily embedded backup on the programme’s clock, only on PGlite', async () => {
		const schedules = await rows<{ name: string; cron: string; timezone: string }>(
			sql`select name, cron, timezone from pgboss.schedule order by name`
		);
		const backup = schedules.find((s) => s.name === 'embedded-backup');
		if (driver === 'pglite')
			expect(backup).toEqual({ name: 'embedded-backup', cron: '0 3 * * *', timezone: 'Europe/Stockholm' });
		else expect(backup).toBeUndefined();
	});

	it.runIf(driver === 'pglite')('runs the backup job into DATA_DIR/backups', async () => {
		expect(await runner.runNow('embedded-backup')).toBe('completed');
		const dir = join(test.dataDir, 'backups');
		const files = readdirSync(dir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^glokal-pglite-\d{8}T\d{6}Z\.tar\.gz$/);
		expect(statSync(join(dir, files[0]!)).size).toBeGreaterThan(100_000);
		expect(existsSync(join(dir, `${files[0]}.partial`))).toBe(false);
	});

	it('runs the privacy retention daily after the backup, and on demand', async () => {
		const schedules = await rows<{ name: string; cron: string }>(
			sql`select name, cron from pgboss.schedule where name = 'privacy-retention'`
		);
		expect(schedules).toEqual([{ name: 'privacy-retention', cron: '30 3 * * *' }]);
		expect(await runner.runNow('privacy-retention')).toBe('completed');
	});

	it.runIf(driver === 'pglite')(
		'leaves PGlite’s one connection usable after a failed statement of pg-boss',
		async () => {
			const client = test.database().client as PGlite;
			await expect(pgliteDb(client).executeSql('BEGIN; select 1/0; COMMIT;', [])).rejects.toThrow(/division by zero/);
			expect(await rows(sql`select 1 as one`)).toEqual([{ one: 1 }]);
			expect(client.isInTransaction()).toBe(false);
		}
	);

	it('leaves the app’s database open when it stops', async () => {
		await runner.stop();
		expect(await rows(sql`select 1 as one`)).toEqual([{ one: 1 }]);
		runner = await startJobs(cfg, test.database(), 0.5);
	});
});
