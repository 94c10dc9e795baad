import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { organisations, users } from '$lib/server/db/schema';
import { logOptions } from '$lib/server/log';
import { makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

// The README promises logs with errors and ids, never personal data: a failing query's parameters (and
// PostgreSQL's own detail, which repeats them) must not reach the log, whichever database said no.

/** The logger the server uses, writing its lines here instead of to standard output. */
function capturedLog() {
	const lines: string[] = [];
	const stream = new Writable({
		write(chunk, _encoding, done) {
			lines.push(String(chunk));
			done();
		}
	});
	return { log: pino({ ...logOptions, level: 'info' }, stream), text: () => lines.join('') };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => expect.fail('the query should have failed'),
		(error: unknown) => error
	);
}

describe('an error logged from a failed query', () => {
	it('keeps its code and constraint but not the e-mail address, the name or the token hash it was given', async () => {
		const person = await makeUser();
		const email = person.email;
		const tokenHash = 'f3a9c0ffee5eed5a1ted4ash0123456789abcdef0123456789abcdef01234567';
		const error = await failure(
			db()
				.insert(users)
				.values({ id: crypto.randomUUID(), email, name: `Kim Lindqvist ${tokenHash}`, emailVerified: true })
		);
		const captured = capturedLog();
		captured.log.error({ requestId: 'r-1', err: error }, 'api error');
		const text = captured.text();
		expect(text).toContain('23505');
		expect(text).toContain('users_email_unique');
		expect(text).not.toContain(email);
		expect(text).not.toContain('Kim Lindqvist');
		expect(text).not.toContain(tokenHash);
	});

	it('leaves out a value PostgreSQL repeats in its message, and keeps a megabyte input out', async () => {
		const email = 'kim.lindqvist@example.org';
		const badId = await failure(
			db()
				.select()
				.from(users)
				.where(eq(sql`${users.id}::uuid`, email))
		);
		const huge = 'x'.repeat(1_000_000);
		const tooLong = await failure(
			db()
				.insert(organisations)
				.values({ slug: huge, name: huge, kind: 'municipality', countryCode: 'XX' } as never)
		);
		const captured = capturedLog();
		captured.log.error({ err: badId }, 'unhandled error');
		captured.log.error({ err: tooLong }, 'unhandled error');
		const text = captured.text();
		expect(text).not.toContain(email);
		expect(text).not.toContain('x'.repeat(100));
		expect(text.length).toBeLessThan(20_000);
		expect(text).toContain('22P02');
	});
});
