import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { db } from '$lib/server/db/client';
import { driver } from '../setup/database';

// Race tests run only where they can fail. PGlite has one connection and runs one transaction at a
// time, so two "simultaneous" writes there always run one after the other: a test of their lock passes
// with the lock or without it (shown in docs/decisions, section "Race tests"). On PostgreSQL each
// transaction gets a connection of its own from the test database's pool (max 4).

const PGLITE_NOTE = 'PGlite runs one transaction at a time: this race can only fail on PostgreSQL';

/**
 * The start of every race test: skipped on PGlite with the reason in the report; on PostgreSQL, the
 * pool's connections are opened first and shown to be separate. Use: `await readyToRace(skip)`.
 */
export async function readyToRace(skip: (condition: boolean, note?: string) => void): Promise<void> {
	skip(driver === 'pglite', PGLITE_NOTE);
	const pids = await openConnections();
	expect(new Set(pids).size).toBe(pids.length);
}

/**
 * Opens `count` of the pool's connections and holds them together for a moment, so that the attempts
 * of a race start side by side rather than one behind the other's connection setup. Answers the
 * backends' process ids: as many different ones as `count` when the pool really runs them at once.
 */
export async function openConnections(count = 4): Promise<number[]> {
	const pids = await Promise.all(
		Array.from({ length: count }, () =>
			db().transaction(async (tx) => {
				const result = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid, pg_sleep(0.05)`);
				// postgres-js answers the rows, PGlite an object holding them.
				const rows = Array.isArray(result) ? result : (result as unknown as { rows: { pid: number }[] }).rows;
				return Number(rows[0]!.pid);
			})
		)
	);
	return pids;
}
