import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * The built server as `npm start` runs it (scripts/start.js: adapter-node's settings, then build/index.js
 * in the same process), for the kill -9 and SIGTERM tests (faults.spec.ts). E2E_APP_ROOT points at
 * another checkout's build when set.
 */
export type FaultServer = {
	child: ChildProcess;
	base: string;
	output: () => string;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

// Whatever the test runner's environment says, these are the test's or start.js's defaults.
const SETTINGS = [
	'PUBLIC_URL',
	'ORIGIN',
	'HOST',
	'DATABASE_URL',
	'DATA_DIR',
	'AUTH_SECRET',
	'SMTP_URL',
	'SEED_DEMO',
	'SHUTDOWN_TIMEOUT'
];

export function startServer(port: number, env: Record<string, string>): FaultServer {
	const root = process.env.E2E_APP_ROOT ?? process.cwd();
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.includes(name)));
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	return { child, base, output: () => output, exited };
}

export async function stopServer(server: FaultServer): Promise<void> {
	if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
	await server.exited;
}

/** Waits until /healthz answers 200; fails with the server's output if it exits or takes too long. */
export async function untilHealthy(server: FaultServer, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
		const ok = await fetch(`${server.base}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${server.output()}`);
}

/** Signs in through the form (no second factor: not staff) and returns the session cookie. */
export async function signInCookie(base: string, email: string, password = 'glokal-demo-2026'): Promise<string> {
	const response = await fetch(`${base}/sv/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
	if (!cookie) throw new Error(`signing in as ${email} answered ${response.status} without a session`);
	return cookie.split(';')[0]!;
}

/** A partnership's id as its workspace page knows it (the API takes ids; the demo is known by slugs). */
export async function partnershipId(base: string, cookie: string, slug: string): Promise<string> {
	const response = await fetch(`${base}/sv/workspace/partnerships/${slug}/__data.json`, { headers: { cookie } });
	const body = (await response.json()) as { nodes: ({ type: string; data: unknown[] } | null)[] };
	for (const node of body.nodes) {
		// SvelteKit's devalue form: objects hold the indexes of their values in the same array.
		const data = node?.type === 'data' ? node.data : [];
		for (const item of data) {
			const o = item as Record<string, number>;
			if (o && typeof o === 'object' && 'id' in o && data[o.slug!] === slug) return data[o.id!] as string;
		}
	}
	throw new Error(`no partnership ${slug} in its workspace page`);
}
