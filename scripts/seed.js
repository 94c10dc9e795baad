#!/usr/bin/env node
// `npm run seed`: loads the demo programme into the configured database (also PostgreSQL) when it
// has no programme yet, then exits. Uses the built server so that the seed runs the same use cases.
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
try {
	buildIfStale();
} catch (error) {
	console.error(`glokal: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
process.env.SEED_DEMO = 'always';
// Importing the handler runs the server's init hook: migrations, then the seed.
await import(new URL('../build/handler.js', import.meta.url).href);
process.emit('sveltekit:shutdown', 'seed');
setTimeout(() => process.exit(0), 500).unref();
