import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { healthy, postgresUrl, scratchDatabase, startBuiltServer } from './support/server-process';

/**
 * Two processes started at once on one new PostgreSQL database with the demo (SEED_DEMO=always, as
 * two replicas or `npm start` beside `npm run seed` would): both start, the database is migrated and
 * the demo loaded once (src/lib/server/db/migrate.ts, underSetupLock). Before, one exited and the
 * demo's organisations were there twice (ale-kommun and ale-kommun-2).
 */

test.skip(!postgresUrl, 'needs a PostgreSQL server in TEST_DATABASE_URL');

// +120: faults.spec.ts uses +100 and +101, outage.spec.ts +110; with several workers they may run at once.
const base = Number(process.env.E2E_PORT ?? 3510) + 120;

test('two processes starting on one new database both start, and the demo is there once', async () => {
	test.setTimeout(300_000);
	const database = await scratchDatabase();
	const servers = [0, 1].map((i) => startBuiltServer(base + i, { DATABASE_URL: database.url, SEED_DEMO: 'always' }));
	try {
		const started = await Promise.all(servers.map((server, i) => healthy(base + i, server, 280_000)));
		expect(started, servers.map((s) => s.output().slice(-2000)).join('\n---\n')).toEqual([true, true]);

		const sql = postgres(database.url, { max: 1, onnotice: () => {} });
		try {
			const [programmes] = await sql<{ count: string }[]>`select count(*) from programmes`;
			expect(Number(programmes?.count)).toBe(1);
			const ale = await sql<{ slug: string }[]>`select slug from organisations where slug like 'ale-kommun%'`;
			expect(ale.map((row) => row.slug)).toEqual(['ale-kommun']);
			const duplicates = await sql`select name, country_code from organisations group by 1, 2 having count(*) > 1`;
			expect(duplicates).toEqual([]);
		} finally {
			await sql.end();
		}
	} finally {
		await Promise.all(servers.map((server) => server.stop()));
		await database.drop();
	}
});
