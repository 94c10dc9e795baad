#!/usr/bin/env node
// `npm run bench:soak`: the built server on PostgreSQL under a steady mixed load (reads of public pages,
// the API and the workspace; a fifth writes, each adding and removing a result as a coordinator) from
// a second process, for SOAK_SECONDS (600). Reports each window's throughput, p50/p99 and the server's
// memory (RSS), then the start against the end; any failed request (non-2xx, reset) fails the run.
//
// Settings (environment): SOAK_SECONDS (600), SOAK_CONNECTIONS (20), SOAK_WINDOW (60 s, shorter runs use
// a tenth of the duration), SOAK_DATABASE_URL (postgres://postgres@127.0.0.1:5432/glokal_soak; dropped
// and recreated, so its name must contain "soak"), SOAK_PORT (3403).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { buildIfStale } from '../scripts/build-if-stale.js';
import { startNode, stop, waitUntilUp } from './processes.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const env = process.env;
const seconds = Number(env.SOAK_SECONDS ?? 600);
const settings = {
	seconds,
	connections: Number(env.SOAK_CONNECTIONS ?? 20),
	windowSeconds: Number(env.SOAK_WINDOW ?? Math.min(60, Math.max(5, Math.round(seconds / 10)))),
	databaseUrl: env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/glokal_soak',
	port: Number(env.SOAK_PORT ?? 3403)
};
const base = `http://127.0.0.1:${settings.port}`;
const work = mkdtempSync(join(tmpdir(), 'glokal-soak-'));

async function recreateDatabase() {
	const url = new URL(settings.databaseUrl);
	const name = url.pathname.slice(1);
	if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('soak'))
		throw new Error(`SOAK_DATABASE_URL must name a database with "soak" in its name (it is recreated): ${name}`);
	url.pathname = '/postgres';
	const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${name} with (force)`);
	await admin.unsafe(`create database ${name}`);
	await admin.end();
}

function rssMegabytes(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function signIn() {
	const response = await fetch(`${base}/sv/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: 'coordinator@example.org', password: 'glokal-demo-2026' })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
	if (!cookie) throw new Error(`signing in answered ${response.status}`);
	return cookie.split(';')[0];
}

/** The demo partnership's id, from its workspace page's data (SvelteKit's devalue form). */
async function partnershipId(cookie, slug = 'jonkoping-stellenbosch') {
	const body = await (
		await fetch(`${base}/sv/workspace/partnerships/${slug}/__data.json`, { headers: { cookie } })
	).json();
	for (const node of body.nodes) {
		const data = node?.type === 'data' ? node.data : [];
		for (const o of data) if (o && typeof o === 'object' && 'id' in o && data[o.slug] === slug) return data[o.id];
	}
	throw new Error(`no partnership ${slug}`);
}

function runLoad(options, onWindow) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['bench/soak-load.js', JSON.stringify(options)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			let newline;
			while ((newline = output.indexOf('\n')) >= 0) {
				onWindow(JSON.parse(output.slice(0, newline)));
				output = output.slice(newline + 1);
			}
		});
		child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`load generator exited with ${code}`))));
	});
}

const pad = (value, width) => String(value).padStart(width);

try {
	buildIfStale();
	await recreateDatabase();
	const log = join(work, 'server.log');
	const { DATABASE_URL: _u, DATA_DIR: _d, ...rest } = env;
	const server = startNode(
		'build/index.js',
		{
			...rest,
			DATABASE_URL: settings.databaseUrl,
			DATA_DIR: join(work, 'data'),
			PORT: String(settings.port),
			AUTH_SECRET: randomBytes(36).toString('base64url'),
			SEED_DEMO: 'always',
			LOG_LEVEL: 'warn',
			NODE_ENV: 'production'
		},
		log
	);
	const windows = [];
	try {
		await waitUntilUp(server, `${base}/healthz`, log, 180);
		const cookie = await signIn();
		const id = await partnershipId(cookie);
		console.log(
			`${cpus().length} CPUs, Node ${process.version}; PostgreSQL ${new URL(settings.databaseUrl).host}; ` +
				`${settings.connections} connections for ${settings.seconds} s, windows of ${settings.windowSeconds} s`
		);
		const rssAtStart = rssMegabytes(server.pid);
		console.log(`server RSS before the load: ${rssAtStart.toFixed(0)} MB\n`);
		console.log(' window   req/s   p50 ms   p99 ms   max ms  failures  RSS MB');
		const options = { base, cookie, partnershipId: id, ...settings };
		await runLoad(options, (w) => {
			const rss = rssMegabytes(server.pid);
			windows.push({ ...w, rss });
			const at = windows.length * settings.windowSeconds;
			console.log(
				`${pad(w.final ? 'end' : `${at} s`, 7)} ${pad(w.perSecond.toFixed(0), 7)} ${pad(w.p50.toFixed(0), 8)} ${pad(w.p99.toFixed(0), 8)} ${pad(w.max.toFixed(0), 8)} ${pad(w.failures, 9)} ${pad(rss.toFixed(0), 7)}` +
					(w.failures ? `  ${JSON.stringify(w.failed)}` : '')
			);
		});
		const full = windows.filter((w) => w.requests > 0 && !w.final);
		const first = full[0] ?? windows[0];
		const last = full.at(-1) ?? windows.at(-1);
		const failures = windows.reduce((sum, w) => sum + w.failures, 0);
		const requests = windows.reduce((sum, w) => sum + w.requests, 0);
		console.log(
			`\nstart: p99 ${first.p99.toFixed(0)} ms, RSS ${first.rss.toFixed(0)} MB; end: p99 ${last.p99.toFixed(0)} ms, RSS ${last.rss.toFixed(0)} MB; ` +
				`${requests} requests, ${failures} failed`
		);
		mkdirSync('bench/results', { recursive: true });
		const file = `bench/results/soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
		writeFileSync(file, JSON.stringify({ settings, rssAtStart, windows }, null, '\t'));
		console.log(`figures also in ${file}`);
		if (failures > 0) process.exitCode = 1;
	} finally {
		await stop(server);
	}
	rmSync(work, { recursive: true, force: true });
} catch (error) {
	console.error(`soak failed: ${error instanceof Error ? error.message : error}\n(logs kept in ${work})`);
	process.exitCode = 1;
}
