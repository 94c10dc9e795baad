import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import postgres from 'postgres';

// For tests about processes: the built server (build/index.js) on a PostgreSQL database of its own,
// optionally behind a TCP proxy that can be cut like a stopped PostgreSQL.

/** The PostgreSQL server the tests may create databases on; unset means those tests are skipped. */
export const postgresUrl = process.env.TEST_DATABASE_URL;

/** A new, empty database on the test server; `drop` removes it (and ends its connections). */
export async function scratchDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
	const admin = postgres(postgresUrl!, { max: 1, onnotice: () => {} });
	const name = `glokal_e2e_${randomBytes(5).toString('hex')}`;
	await admin.unsafe(`create database ${name}`);
	const url = new URL(postgresUrl!);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		name,
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

export type ServerProcess = {
	child: ChildProcess;
	output: () => string;
	exited: Promise<number | null>;
	stop: () => Promise<void>;
};

/** Starts build/index.js on `port` with `env` (PostgreSQL, no demo unless asked). */
export function startBuiltServer(port: number, env: Record<string, string>): ServerProcess {
	// The address is the request's own (no PUBLIC_URL or ORIGIN from the shared test server's settings).
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !['PUBLIC_URL', 'ORIGIN', 'DATABASE_URL'].includes(name))
	);
	const child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...inherited,
			PORT: String(port),
			HOST: '127.0.0.1',
			AUTH_SECRET: 'process-test-secret-process-test-secret',
			SEED_DEMO: 'never',
			LOG_LEVEL: 'warn',
			SHUTDOWN_TIMEOUT: '1',
			BODY_SIZE_LIMIT: '2M',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	return {
		child,
		output: () => output,
		exited,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/** Waits until the server's /healthz answers 200 (or the process ends). */
export async function healthy(port: number, process: ServerProcess, timeoutMs = 120_000): Promise<boolean> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end && process.child.exitCode === null) {
		const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) return true;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return false;
}

/**
 * A TCP proxy in front of PostgreSQL. `cut` does what stopping PostgreSQL does to its clients: open
 * connections end and new ones are refused; `restore` listens again on the same port.
 */
export async function postgresProxy(target: URL) {
	const sockets = new Set<net.Socket>();
	let server: net.Server | undefined;
	let port = 0;
	const listen = () =>
		new Promise<void>((resolve) => {
			server = net.createServer((client) => {
				const upstream = net.connect(Number(target.port || 5432), target.hostname);
				for (const socket of [client, upstream]) {
					sockets.add(socket);
					socket.on('close', () => sockets.delete(socket));
					socket.on('error', () => socket.destroy());
				}
				client.on('close', () => upstream.destroy());
				upstream.on('close', () => client.destroy());
				client.pipe(upstream).pipe(client);
			});
			server.listen(port, '127.0.0.1', () => {
				port = (server!.address() as net.AddressInfo).port;
				resolve();
			});
		});
	await listen();
	return {
		/** The URL of `database` through the proxy. */
		url(database: string) {
			const url = new URL(target);
			url.host = `127.0.0.1:${port}`;
			url.pathname = `/${database}`;
			return url.toString();
		},
		cut: () =>
			new Promise<void>((resolve) => {
				server!.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			}),
		restore: listen
	};
}

/** A request and how long its answer took. */
export async function timed(url: string, init: RequestInit = {}) {
	const started = performance.now();
	const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
	const body = await response.text();
	return { status: response.status, headers: response.headers, body, ms: Math.round(performance.now() - started) };
}
