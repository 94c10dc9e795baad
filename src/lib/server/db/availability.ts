import { sql } from 'drizzle-orm';
import { log } from '../log';
import { database } from './client';

// Whether PostgreSQL can be reached. When a query fails because the server is gone (refused, reset,
// shut down, timed out), requests stop waiting for it: they answer 503 at once (hooks.server.ts,
// api/respond.ts) while one probe a quarter-second asks again, and the first answer ends the outage.

/** postgres.js's and Node's codes for a connection that could not be made or was lost. */
const connectionCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECT_TIMEOUT',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED'
]);

/** PostgreSQL's: connection exceptions (08…), shutting down (57P01–57P03), too many connections. */
const serverCodes = /^(08...|57P0[123]|53300)$/;

/** True for an error (or one of its causes) that says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && (connectionCodes.has(code) || serverCodes.test(code))) return true;
		if (e instanceof AggregateError && e.errors.some(isDatabaseUnreachable)) return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

const PROBE_EVERY_MS = 250;
const PROBE_TIMEOUT_MS = 1000;
let unreachableSince: number | null = null;
let probe: NodeJS.Timeout | undefined;

/** False from a lost connection until the database answers again. */
export function databaseReachable(): boolean {
	return unreachableSince === null;
}

/**
 * Called with any error a request ran into: a lost connection starts the outage (once) and its probe.
 * Answers whether it was one.
 */
export function noteDatabaseError(error: unknown): boolean {
	if (!isDatabaseUnreachable(error)) return false;
	if (unreachableSince === null) {
		unreachableSince = Date.now();
		log.warn({ err: error }, 'database unreachable: answering 503 until it is back');
		probe = setTimeout(ask, PROBE_EVERY_MS);
		probe.unref();
	}
	return true;
}

async function ask(): Promise<void> {
	try {
		await Promise.race([
			database().db.execute(sql`select 1`),
			new Promise((_, reject) => setTimeout(() => reject(new Error('probe timeout')), PROBE_TIMEOUT_MS).unref())
		]);
		log.info({ ms: Date.now() - (unreachableSince ?? Date.now()) }, 'database reachable again');
		unreachableSince = null;
		probe = undefined;
	} catch {
		probe = setTimeout(ask, PROBE_EVERY_MS);
		probe.unref();
	}
}

/** For tests and shutdown: forget an outage and stop probing. */
export function resetDatabaseReachability(): void {
	if (probe) clearTimeout(probe);
	probe = undefined;
	unreachableSince = null;
}
