import { listenForChanges } from './cache/changes';
import { seedDemo, hasProgramme } from './seed/demo';
import type { Config } from './config';
import { openDatabase, useDatabase, type Database } from './db/client';
import { claimDataDir } from './db/data-dir-owner';
import { migrateDatabase, underSetupLock } from './db/migrate';
import { startJobs } from './jobs/runner';
import { log } from './log';

/**
 * Opens the database, applies migrations and, on the embedded database's first start, loads the
 * demo programme. On PostgreSQL demo data is loaded only when asked (SEED_DEMO=always, npm run seed).
 * Then listens for changes to public data, which lets public reads be cached (cache/read-cache.ts), and
 * starts the background jobs (jobs/runner.ts); closing the returned database stops both first.
 */
export async function startServer(cfg: Config): Promise<Database> {
	const releaseDataDir = cfg.database.kind === 'pglite' ? claimDataDir(cfg.dataDir) : () => {};
	const database = await openDatabase(cfg.database);
	const wantDemo = cfg.seedDemo === 'always' || (cfg.seedDemo === 'auto' && cfg.database.kind === 'pglite');
	const setUp = async () => {
		await migrateDatabase(database, cfg.database.kind === 'postgres' ? cfg.database.url : undefined);
		useDatabase(database);
		if (wantDemo && !(await hasProgramme())) await seedDemo();
	};
	const start = async () => {
		await setUp();
		// pg-boss makes and migrates its own schema as it starts: two processes doing that at once deadlock.
		return { stopListening: await listenForChanges(database), jobs: await startJobs(cfg, database) };
	};
	// Several processes may start at once on one PostgreSQL database: they set it up one at a time, and
	// the demo is loaded once. The embedded database's directory belongs to one process (claimDataDir).
	const { stopListening, jobs } =
		cfg.database.kind === 'postgres' ? await underSetupLock(cfg.database.url, start) : await start();
	log.info({ database: database.kind, port: cfg.port }, 'glokal started');
	return {
		...database,
		close: async () => {
			// Jobs first: a running backup or retention finishes before its database goes away.
			await jobs.stop();
			await stopListening();
			await database.close();
			releaseDataDir();
		}
	};
}
