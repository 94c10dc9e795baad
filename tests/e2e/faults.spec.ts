import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { partnershipId, signInCookie, startServer, stopServer, untilHealthy } from './support/fault-server';

/**
 * The built server under process faults, without a browser: kill -9 during a stream of acknowledged
 * writes loses none of them and the server starts again by itself (PGlite and PostgreSQL); SIGTERM
 * under load answers every request in flight. The writes are a coordinator's results on the demo
 * partnership Jönköping–Stellenbosch, through the API with the session cookie.
 */

const port = Number(process.env.E2E_FAULTS_PORT ?? Number(process.env.E2E_PORT ?? 3510) + 100);
const SLUG = 'jonkoping-stellenbosch';
const COORDINATOR = 'coordinator@example.org';

test.describe.configure({ mode: 'serial' });

// One embedded database for the PGlite tests: the demo is loaded once (the slow part of a first start).
let pgliteDir: string;
test.beforeAll(() => {
	pgliteDir = mkdtempSync(join(tmpdir(), 'glokal-faults-'));
});
test.afterAll(() => rmSync(pgliteDir, { recursive: true, force: true }));

type Writer = { acknowledged: string[]; answered: number; failures: string[]; stop(): Promise<void> };

/** `concurrency` loops posting results until stopped; keeps the id of every write answered 201. */
function writeStream(base: string, cookie: string, id: string, label: string, concurrency: number): Writer {
	let running = true;
	const writer: Writer = { acknowledged: [], answered: 0, failures: [], stop: async () => {} };
	const loop = async (lane: number) => {
		for (let n = 0; running; n++) {
			try {
				const response = await fetch(`${base}/api/v1/partnerships/${id}/results`, {
					method: 'POST',
					headers: { cookie, 'content-type': 'application/json' },
					body: JSON.stringify({ kind: 'output', title: { en: `${label} ${lane}.${n}` } })
				});
				writer.answered++;
				if (response.status === 201)
					writer.acknowledged.push(((await response.json()) as { data: { id: string } }).data.id);
				else writer.failures.push(`${response.status} ${await response.text()}`);
			} catch {
				return; // the server is gone: this write was never acknowledged
			}
		}
	};
	const lanes = Array.from({ length: concurrency }, (_, lane) => loop(lane));
	writer.stop = async () => {
		running = false;
		await Promise.all(lanes);
	};
	return writer;
}

async function resultIds(base: string, cookie: string, id: string): Promise<Set<string>> {
	const response = await fetch(`${base}/api/v1/partnerships/${id}/results`, { headers: { cookie } });
	expect(response.status).toBe(200);
	return new Set(((await response.json()) as { data: { id: string }[] }).data.map((r) => r.id));
}

/**
 * Rounds of: writes stream in, the server is killed with SIGKILL once some are acknowledged, it is
 * started again on the same database with nothing cleaned up, and every acknowledged write is read back.
 */
async function killRounds(env: Record<string, string>, rounds: number) {
	let server = startServer(port, env);
	try {
		await untilHealthy(server, 120_000);
		const cookie = await signInCookie(server.base, COORDINATOR);
		const id = await partnershipId(server.base, cookie, SLUG);
		const acknowledged: string[] = [];
		for (let round = 1; round <= rounds; round++) {
			const writer = writeStream(server.base, cookie, id, `kill round ${round}`, 6);
			await expect.poll(() => writer.acknowledged.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(25);
			server.child.kill('SIGKILL');
			await server.exited;
			await writer.stop();
			expect(writer.failures).toEqual([]);
			acknowledged.push(...writer.acknowledged);

			server = startServer(port, env);
			await untilHealthy(server);
			const present = await resultIds(server.base, cookie, id);
			expect(acknowledged.filter((write) => !present.has(write))).toEqual([]);
		}
		expect(acknowledged.length).toBeGreaterThanOrEqual(25 * rounds);
	} finally {
		await stopServer(server);
	}
}

test.describe('kill -9 during acknowledged writes', () => {
	test('on PGlite: no acknowledged write is lost and the server starts again by itself', async () => {
		test.setTimeout(180_000);
		await killRounds({ DATA_DIR: pgliteDir, SEED_DEMO: 'auto' }, 2);
	});

	test('on PostgreSQL: no acknowledged write is lost and the server starts again by itself', async () => {
		test.skip(!process.env.TEST_DATABASE_URL, 'TEST_DATABASE_URL is not set');
		test.setTimeout(180_000);
		const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
		const name = `glokal_faults_${randomBytes(5).toString('hex')}`;
		await admin.unsafe(`create database ${name}`);
		const url = new URL(process.env.TEST_DATABASE_URL!);
		url.pathname = `/${name}`;
		const dataDir = mkdtempSync(join(tmpdir(), 'glokal-faults-'));
		try {
			await killRounds(
				{
					DATABASE_URL: url.toString(),
					AUTH_SECRET: randomBytes(36).toString('base64url'),
					SEED_DEMO: 'always',
					DATA_DIR: dataDir
				},
				2
			);
		} finally {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});

test('SIGTERM under load on PGlite answers every request in flight and refuses new ones cleanly', async () => {
	test.setTimeout(180_000);
	const env = { DATA_DIR: pgliteDir, SEED_DEMO: 'auto' };
	let server = startServer(port, env);
	try {
		await untilHealthy(server, 120_000);
		// A second server on the same directory would corrupt it: it refuses to start, naming the first.
		const second = startServer(port + 1, env);
		expect((await second.exited).code).toBe(1);
		expect(second.output()).toContain(`another Glokal process (pid ${server.child.pid}) is using`);

		const cookie = await signInCookie(server.base, COORDINATOR);
		const id = await partnershipId(server.base, cookie, SLUG);
		const inFlight = Array.from({ length: 60 }, (_, n) =>
			fetch(`${server.base}/api/v1/partnerships/${id}/results`, {
				method: 'POST',
				headers: { cookie, 'content-type': 'application/json' },
				body: JSON.stringify({ kind: 'outcome', title: { en: `sigterm ${n}` } })
			}).then(
				async (r) => ({
					status: r.status,
					id: r.status === 201 ? ((await r.json()) as { data: { id: string } }).data.id : null
				}),
				(error: Error) => ({ status: 0, id: null, error: String((error.cause as Error | undefined)?.message ?? error) })
			)
		);
		// Every request has reached the server (the first answers are back) before it is told to stop.
		await new Promise((resolve) => setTimeout(resolve, 150));
		server.child.kill('SIGTERM');
		const answers = await Promise.all(inFlight);
		expect(answers.filter((a) => a.status !== 201)).toEqual([]);

		// Until the server stops listening, a new request is still answered; then it is refused, never reset.
		const seen: (number | string)[] = [];
		await expect
			.poll(async () => (seen.push(await newRequest(port)), seen.at(-1)), { timeout: 10_000 })
			.toBe('ECONNREFUSED');
		expect(seen.filter((s) => s !== 200 && s !== 'ECONNREFUSED')).toEqual([]);
		expect(await server.exited).toEqual({ code: 0, signal: null });

		server = startServer(port, env);
		await untilHealthy(server);
		const present = await resultIds(server.base, cookie, id);
		expect(answers.filter((a) => !present.has(a.id!))).toEqual([]);
	} finally {
		await stopServer(server);
	}
});

/** A request on a new connection: its status, or the connection's error code. */
function newRequest(port: number): Promise<number | string> {
	return new Promise((resolve) => {
		get({ port, host: '127.0.0.1', path: '/healthz', agent: false }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
		}).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
	});
}
