#!/usr/bin/env node
// `npm run seed`: loads the demo programme into the configured database (also PostgreSQL) when it
// has no programme yet, then exits. Uses the built server so that the seed runs the same use cases.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
if (!existsSync('build/handler.js')) {
	const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}
process.env.SEED_DEMO = 'always';
// Importing the handler runs the server's init hook: migrations, then the seed.
await import(new URL('../build/handler.js', import.meta.url).href);
process.emit('sveltekit:shutdown', 'seed');
setTimeout(() => process.exit(0), 500).unref();
