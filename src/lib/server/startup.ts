import { listenForChanges } from './cache/changes';
import { seedDemo, hasProgramme } from './seed/demo';
import type { Config } from './config';
import { openDatabase, useDatabase, type Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { log } from './log';

/**
 * Opens the database, applies migrations and, on the embedded database's first start, loads the
 * demo programme. On PostgreSQL demo data is loaded only when asked (SEED_DEMO=always, npm run seed).
 * Then listens for changes to public data, which lets public reads be cached (cache/read-cache.ts);
 * closing the returned database stops listening first.
 */
export async function startServer(cfg: Config): Promise<Database> {
	const database = await openDatabase(cfg.database);
	await migrateDatabase(database, cfg.database.kind === 'postgres' ? cfg.database.url : undefined);
	useDatabase(database);
	const wantDemo = cfg.seedDemo === 'always' || (cfg.seedDemo === 'auto' && cfg.database.kind === 'pglite');
	if (wantDemo && !(await hasProgramme())) await seedDemo();
	const stopListening = await listenForChanges(database);
	log.info({ database: database.kind, port: cfg.port }, 'glokal started');
	return {
		...database,
		close: async () => {
			await stopListening();
			await database.close();
		}
	};
}
