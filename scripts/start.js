#!/usr/bin/env node
// `npm start`: builds Glokal when there is no build yet or its sources changed, then serves it
// (PORT, default 3000) and says where to open it.
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.js';
import { drainOnShutdown } from './drain-on-shutdown.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

try {
	buildIfStale();
} catch (error) {
	console.error(`glokal: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}

// adapter-node waits this long for open requests on SIGTERM before closing the database: enough for a
// queue of writes on PGlite, within the 10 s `docker stop` gives.
process.env.SHUTDOWN_TIMEOUT ??= '8';
process.env.PORT ??= '3000';
// With PUBLIC_URL, that is the one origin (adapter-node's ORIGIN). Without it, each request's host
// is used over http (src/lib/server/origin.ts), so localhost and 127.0.0.1 both work.
if (process.env.PUBLIC_URL) process.env.ORIGIN ??= process.env.PUBLIC_URL;
process.env.BODY_SIZE_LIMIT ??= '2M';

// Importing the server opens the database (and loads the demo on a new one) before it listens.
const { server } = await import(new URL('../build/index.js', import.meta.url).href);
drainOnShutdown(server.server);
const address = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT}`).replace(/\/$/, '');
if (await listening(Number(process.env.PORT), process.env.HOST)) console.log(`glokal: ready, open ${address}`);

/** Whether the server answers on its port within a few seconds. */
async function listening(port, host = '127.0.0.1') {
	const target = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
	for (let attempt = 0; attempt < 50; attempt++) {
		const ok = await new Promise((resolve) => {
			const socket = connect({ port, host: target }, () => {
				socket.end();
				resolve(true);
			});
			socket.on('error', () => resolve(false));
		});
		if (ok) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}
