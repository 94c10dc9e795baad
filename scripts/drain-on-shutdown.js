// Makes SIGTERM (and SIGINT) lose no request a client has already sent. Used by scripts/start.js.
//
// adapter-node stops listening the moment the signal arrives and closes every connection that has no
// request in progress. But a request a client has already sent can still be waiting behind a busy event
// loop (PGlite runs its queries on it): not yet accepted from the listen queue, or accepted and not yet
// read. Both are reset by that close (issue 9: 2 of 60 requests; 48 of 60 writes in faults.spec.ts).
// So Glokal first keeps serving until no connection has arrived for a few turns of the event loop (at
// most MAX_MS), answering everything with `Connection: close` so that clients send
// no more requests on kept-alive sockets, and then hands over to adapter-node's own shutdown, which lets
// the requests in progress finish (SHUTDOWN_TIMEOUT) before the database is closed.

// Measured in turns of the event loop as well as in time: a busy loop (PGlite) accepts the queued
// connections a few per turn, so a wall-clock pause alone ends while some still wait.
const QUIET_ROUNDS = 3;
const QUIET_MS = 100;
const MAX_MS = 5000;

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
// setImmediate runs after the poll phase, where connections are accepted and sockets read.
const afterPoll = () => new Promise((resolve) => setImmediate(resolve));

/** Puts the drain in front of adapter-node's signal handlers, which must be registered already. */
export function drainOnShutdown(httpServer) {
	let lastConnection = Date.now();
	let connections = 0;
	let draining = false;
	httpServer.on('connection', () => {
		lastConnection = Date.now();
		connections++;
	});
	httpServer.on('request', (_request, response) => {
		if (draining) response.setHeader('connection', 'close');
	});
	for (const signal of ['SIGTERM', 'SIGINT']) {
		const adapters = process.listeners(signal);
		process.removeAllListeners(signal);
		process.on(signal, async () => {
			if (draining) return;
			draining = true;
			const started = Date.now();
			let quietRounds = 0;
			let seen = connections;
			while (Date.now() - started < MAX_MS && (quietRounds < QUIET_ROUNDS || Date.now() - lastConnection < QUIET_MS)) {
				await tick();
				await afterPoll();
				quietRounds = connections === seen ? quietRounds + 1 : 0;
				seen = connections;
			}
			for (const listener of adapters) listener(signal);
		});
	}
}
