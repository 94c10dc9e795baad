#!/usr/bin/env node
// `npm run bench`: loads a generated data set into PostgreSQL and into PGlite, starts the built server on
// each in turn, and measures it with autocannon from a second process, beside a bare node:http server as
// the machine's ceiling. Prints a table; writes a JSON copy to bench/results/ (not committed).
//
// Settings (environment): BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/glokal_bench;
// the database is dropped and recreated, so its name must contain "bench"), BENCH_DURATION (s, 10),
// BENCH_WARMUP (s, 5), BENCH_CONNECTIONS (50), BENCH_DATABASES (postgres,pglite), BENCH_PORT (3402),
// BENCH_HELLO_PORT (3409).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { buildIfStale } from '../scripts/build-if-stale.js';
import { generateDataset, loadIntoPglite, loadIntoPostgres, SIZES } from './generate.js';
import { cpuShare, cpuSnapshot, runLoad, startNode, stop, waitUntilUp } from './processes.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const env = process.env;
const settings = {
	databaseUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/glokal_bench',
	duration: Number(env.BENCH_DURATION ?? 10),
	warmup: Number(env.BENCH_WARMUP ?? 5),
	connections: Number(env.BENCH_CONNECTIONS ?? 50),
	databases: (env.BENCH_DATABASES ?? 'postgres,pglite').split(','),
	port: Number(env.BENCH_PORT ?? 3402),
	helloPort: Number(env.BENCH_HELLO_PORT ?? 3409)
};
const THEME = 'gender-equality';
const TARGETS = [
	{ label: `API /api/v1/partnerships?theme=${THEME}&limit=50`, path: `/api/v1/partnerships?theme=${THEME}&limit=50` },
	{ label: 'page /sv/partnerships', path: '/sv/partnerships' },
	{ label: 'page /sv (home)', path: '/sv' },
	// The app's own floor: SvelteKit, the hooks and a small JSON answer, no database (an API 404).
	{ label: 'floor: /api/v1/none (no database)', path: '/api/v1/none', status: 404, once: true }
];
const work = mkdtempSync(join(tmpdir(), 'glokal-bench-'));
const results = [];

function serverEnv(database) {
	const { DATABASE_URL: _url, DATA_DIR: _dir, ...rest } = env;
	return {
		...rest,
		...database,
		PORT: String(settings.port),
		AUTH_SECRET: randomBytes(36).toString('base64url'),
		SEED_DEMO: 'never',
		SHUTDOWN_TIMEOUT: '1',
		NODE_ENV: 'production'
	};
}

/** Starts the built server once so that it applies its own migrations, then stops it. */
async function migrateWithApp(database, name) {
	const log = join(work, `${name}-migrate.log`);
	const server = startNode('build/index.js', serverEnv(database), log);
	try {
		await waitUntilUp(server, `http://127.0.0.1:${settings.port}/healthz`, log);
	} finally {
		await stop(server);
	}
}

async function measure(target, database, base, pid, databaseName) {
	const url = `${base}${target.path}`;
	const probe = await fetch(url);
	const bytes = (await probe.arrayBuffer()).byteLength;
	if (probe.status !== (target.status ?? 200)) {
		console.log(`  ${target.label} on ${database}: answers ${probe.status}, not measured`);
		results.push({ target: target.label, database, skipped: `answers ${probe.status}` });
		return;
	}
	process.stdout.write(`  ${target.label} on ${database}: ${settings.warmup} s warm-up + ${settings.duration} s… `);
	let before;
	const figures = await runLoad(
		{ url, connections: settings.connections, duration: settings.duration, warmup: settings.warmup },
		() => (before = cpuSnapshot(pid, databaseName))
	);
	const cpu = cpuShare(before, cpuSnapshot(pid, databaseName), figures.cpuSeconds);
	if (target.status) figures.non2xx = 0; // that answer was the point
	console.log(`${Math.round(figures.requestsPerSecond)} req/s`);
	results.push({ target: target.label, database, bytes, cpu, ...figures });
}

async function benchApp(database, name, databaseName) {
	const log = join(work, `${name}-server.log`);
	const server = startNode('build/index.js', serverEnv(database), log);
	try {
		await waitUntilUp(server, `http://127.0.0.1:${settings.port}/healthz`, log);
		for (const target of TARGETS)
			if (!target.once || !results.some((r) => r.target === target.label))
				await measure(target, name, `http://127.0.0.1:${settings.port}`, server.pid, databaseName);
	} finally {
		await stop(server);
	}
}

async function benchPostgres(data) {
	const url = new URL(settings.databaseUrl);
	const name = url.pathname.slice(1);
	if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench'))
		throw new Error(`BENCH_DATABASE_URL must name a database with "bench" in its name (it is recreated): ${name}`);
	const serverUrl = new URL(url);
	serverUrl.pathname = '/postgres';
	const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${name} with (force)`);
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	console.log(`PostgreSQL ${url.host}/${name}: migrating with the app, loading…`);
	await migrateWithApp({ DATABASE_URL: url.toString() }, 'postgres');
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	await loadIntoPostgres(sql, data);
	await sql.end();
	await benchApp({ DATABASE_URL: url.toString() }, 'postgres', name);
}

async function benchPglite(data) {
	const dataDir = join(work, 'pglite-data');
	console.log(`PGlite ${dataDir}: migrating with the app, loading…`);
	await migrateWithApp({ DATA_DIR: dataDir }, 'pglite');
	const pg = await PGlite.create(join(dataDir, 'pglite'));
	await loadIntoPglite(pg, data);
	await pg.close();
	await benchApp({ DATA_DIR: dataDir }, 'pglite');
}

async function benchCeiling() {
	const log = join(work, 'hello.log');
	const hello = startNode('bench/hello.js', { ...env, PORT: String(settings.helloPort) }, log);
	try {
		await waitUntilUp(hello, `http://127.0.0.1:${settings.helloPort}/`, log);
		await measure(
			{ label: 'ceiling: bare node:http "hello"', path: '/' },
			'-',
			`http://127.0.0.1:${settings.helloPort}`,
			hello.pid
		);
	} finally {
		await stop(hello);
	}
}

function printTable() {
	const ceiling = results.find((r) => r.database === '-')?.requestsPerSecond;
	const perRequest = (share, rps) => `${((1000 * share) / rps).toFixed(2)}`;
	const percent = (share) => String(Math.round(100 * share));
	const rows = results.map((r) =>
		r.skipped
			? [r.target, r.database, '-', '-', '-', '-', '-', '-', '-', r.skipped]
			: [
					r.target,
					r.database,
					String(Math.round(r.requestsPerSecond)),
					String(r.latency.p99),
					ceiling ? `${((100 * r.requestsPerSecond) / ceiling).toFixed(1)} %` : '-',
					perRequest(r.cpu.server, r.requestsPerSecond),
					r.database === 'postgres' ? perRequest(r.cpu.postgres, r.requestsPerSecond) : '-',
					[r.cpu.server, r.cpu.postgres, r.cpu.load, r.cpu.other].map(percent).join('/'),
					(r.bytes / 1024).toFixed(1),
					r.non2xx || r.errors || r.timeouts ? `${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts` : ''
				]
	);
	const header = [
		'target',
		'database',
		'req/s',
		'p99 ms',
		'of ceiling',
		'server ms/req',
		'PG ms/req',
		'CPU % srv/PG/load/other',
		'KiB',
		'problems'
	];
	const right = new Set([2, 3, 4, 5, 6, 7, 8]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) =>
		cells
			.map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
	for (const row of rows) console.log(line(row));
	console.log(
		`\nms/req: CPU time per answer (server process; PostgreSQL backends of the bench database). CPU %: 100 = one\n` +
			`core busy for the whole run (${cpus().length} cores here): server, PostgreSQL, load generator, and other work on the\n` +
			'machine (other databases included), which makes the figures lower than on a quiet machine.'
	);
}

try {
	buildIfStale();
	const started = Date.now();
	console.log(
		`${cpus().length} CPUs, Node ${process.version}; ${settings.connections} connections, ${settings.duration} s per target after ${settings.warmup} s warm-up`
	);
	console.log(`Data set: ${SIZES.organisations} organisations, ${SIZES.partnerships} partnerships`);
	const data = generateDataset();
	await benchCeiling();
	if (settings.databases.includes('postgres')) await benchPostgres(data);
	if (settings.databases.includes('pglite')) await benchPglite(data);
	printTable();
	mkdirSync('bench/results', { recursive: true });
	const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
	writeFileSync(file, JSON.stringify({ settings, cpus: cpus().length, node: process.version, results }, null, '\t'));
	console.log(`Took ${Math.round((Date.now() - started) / 1000)} s; figures also in ${file}`);
	rmSync(work, { recursive: true, force: true });
} catch (error) {
	console.error(`bench failed: ${error instanceof Error ? error.message : error}\n(logs kept in ${work})`);
	process.exitCode = 1;
}
