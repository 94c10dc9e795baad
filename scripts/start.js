#!/usr/bin/env node
// `npm start`: builds Glokal when there is no build yet, then serves it (PORT, default 3000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

if (!existsSync('build/index.js')) {
	console.log('glokal: no build yet, building once (about a minute)…');
	const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

// adapter-node waits this long for open requests on SIGTERM before closing the database.
process.env.SHUTDOWN_TIMEOUT ??= '3';
process.env.PORT ??= '3000';
// Without PUBLIC_URL the origin comes from the Host header, so localhost and 127.0.0.1 both work.
if (process.env.PUBLIC_URL) process.env.ORIGIN ??= process.env.PUBLIC_URL;
process.env.BODY_SIZE_LIMIT ??= '2M';

await import(new URL('../build/index.js', import.meta.url).href);
