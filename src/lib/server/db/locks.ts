import { sql } from 'drizzle-orm';
import type { Executor } from './client';

// Named PostgreSQL advisory locks (PGlite has them too). A name is hashed to the lock's 64-bit key, so
// any string works; two names colliding would only make two unrelated writes wait for each other.

/**
 * Waits for the lock named `name` and holds it until the transaction ends. For "check, then insert"
 * on something a unique index cannot guard while the check runs (a free slug, an e-mail address not yet
 * taken, an organisation not yet registered): whoever comes second waits, then sees what the first
 * committed, and answers as if they had come one after the other.
 * Take such locks in one order (e-mail, then organisation, then slug) so that no two writes wait on
 * each other.
 */
export async function lockUntilCommit(tx: Executor, name: string): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}
