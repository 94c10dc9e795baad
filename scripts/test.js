#!/usr/bin/env node
// `npm test`: the whole suite in one command, failing on any failure.
//   sync    svelte-kit sync + Paraglide compile
//   format  Prettier's check (fix with `npx prettier --write .`)
//   check   svelte-check with zero errors and warnings
//   vitest  unit + integration tests (also on PostgreSQL when TEST_DATABASE_URL is set)
//   build   the production build
//   e2e     Playwright in Debian's Chromium against the built server (playwright.config.ts)
// Run some stages only with their names: `npm test -- vitest e2e`.
// format and check run at once (svelte-check keeps one core busy, Prettier the other), their output
// shown whole when both are done; the other stages run one after another (decision 0022).
// The last line is the total, `N passed, N failed`: the tests of Vitest and Playwright, plus one
// failure for each stage that failed without a failing test to show for it (svelte-check, build,
// a test file that could not load, a missing browser), so that line never says 0 failed wrongly.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const CHROMIUM = '/usr/bin/chromium';
const MINUTE = 60_000;
const bin = (name) => join('node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'glokal-test-run-'));
const results = [];
const running = new Set();

process.on('SIGINT', () => stopAndExit(130));
process.on('SIGTERM', () => stopAndExit(143));

/**
 * Runs a command in its own process group (so a timeout or Ctrl-C ends its children too), echoing its
 * output as it comes, or into `transcript` to show later (a stage running beside another).
 */
function run(command, args, { env = {}, timeoutMs = 10 * MINUTE, transcript } = {}) {
	return new Promise((resolve) => {
		let output = '';
		const child = spawn(command, args, {
			env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
		running.add(child);
		const keep = (chunk, stream) => {
			if (transcript) transcript.push([stream, chunk]);
			else stream.write(chunk);
			output = (output + chunk.toString()).slice(-200_000);
		};
		child.stdout.on('data', (c) => keep(c, process.stdout));
		child.stderr.on('data', (c) => keep(c, process.stderr));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child);
		}, timeoutMs);
		child.on('error', (error) => {
			output += `\n${error.message}`;
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			running.delete(child);
			resolve({ code: timedOut ? 124 : (code ?? (signal ? 128 : 1)), output, timedOut });
		});
	});
}

function killGroup(child) {
	try {
		process.kill(-child.pid, 'SIGTERM');
		setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}, 10_000).unref();
	} catch {
		// already gone
	}
}

function stopAndExit(code) {
	for (const child of running) killGroup(child);
	rmSync(scratch, { recursive: true, force: true });
	process.exit(code);
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function banner(name, what) {
	console.log(`\n━━━ ${name}: ${what} ━━━`);
}

const stages = {
	async sync() {
		let r = await run(bin('svelte-kit'), ['sync']);
		if (r.code === 0)
			r = await run(bin('paraglide-js'), [
				'compile',
				'--project',
				'./project.inlang',
				'--outdir',
				'./src/lib/paraglide'
			]);
		return { ok: r.code === 0, detail: r.code === 0 ? '' : `exit ${r.code}` };
	},

	async format(options) {
		const r = await run(bin('prettier'), ['--check', '.'], options);
		const plain = r.output.replace(/\x1b\[[0-9;]*m/g, '');
		const files = (plain.match(/^\[warn\] (?!Code style)/gm) ?? []).length;
		return { ok: r.code === 0, detail: r.code === 0 ? '' : `${files} file(s) not formatted: npx prettier --write .` };
	},

	async check(options) {
		const r = await run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], options);
		const found = r.output.match(/svelte-check found (\d+) errors? and (\d+) warnings?/);
		const detail = found ? `${found[1]} errors, ${found[2]} warnings` : `exit ${r.code}`;
		return { ok: r.code === 0, detail };
	},

	async vitest() {
		const file = join(scratch, 'vitest.json');
		const r = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
			timeoutMs: 20 * MINUTE
		});
		const report = readJson(file);
		const databases = process.env.TEST_DATABASE_URL ? 'PGlite + PostgreSQL' : 'PGlite only, TEST_DATABASE_URL unset';
		if (!report)
			return {
				ok: false,
				passed: 0,
				failed: 0,
				detail: `no report (exit ${r.code}${r.timedOut ? ', timed out' : ''})`
			};
		// A file that fails to load has no failing test of its own: count it as one.
		const brokenFiles = (report.testResults ?? []).filter(
			(f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')
		).length;
		const passed = report.numPassedTests ?? 0;
		const failed = (report.numFailedTests ?? 0) + brokenFiles;
		const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
		const extra = [skipped && `${skipped} skipped`, brokenFiles && `${brokenFiles} file(s) failed to run`, databases];
		return {
			ok: r.code === 0 && failed === 0,
			passed,
			failed,
			detail: `${passed} passed, ${failed} failed (${extra.filter(Boolean).join('; ')})`
		};
	},

	async build() {
		const r = await run(bin('vite'), ['build', '--logLevel', 'warn']);
		return { ok: r.code === 0 && existsSync('build/index.js'), detail: r.code === 0 ? '' : `exit ${r.code}` };
	},

	async e2e() {
		if (!existsSync(CHROMIUM)) {
			const message = `Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium (npx playwright install cannot work here)`;
			console.error(`e2e: ${message}`);
			return { ok: false, passed: 0, failed: 0, detail: message };
		}
		if (!existsSync('build/index.js'))
			return { ok: false, passed: 0, failed: 0, detail: 'no build to test (the build stage failed)' };
		const file = join(scratch, 'playwright.json');
		const dataDir = mkdtempSync(join(tmpdir(), 'glokal-e2e-'));
		const r = await run(bin('playwright'), ['test', '--reporter=list,json'], {
			env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file, E2E_DATA_DIR: dataDir },
			timeoutMs: 15 * MINUTE
		});
		rmSync(dataDir, { recursive: true, force: true });
		const report = readJson(file);
		if (!report?.stats)
			return {
				ok: false,
				passed: 0,
				failed: 0,
				detail: `no report (exit ${r.code}${r.timedOut ? ', timed out' : ''})`
			};
		const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
		// Errors outside any test: a spec that does not load, a server that does not start.
		const errors = (report.errors ?? []).length;
		const passed = expected + flaky;
		const failed = unexpected + errors;
		const extra = [
			flaky && `${flaky} flaky`,
			skipped && `${skipped} skipped`,
			errors && `${errors} error(s) outside tests`
		];
		const note = extra.filter(Boolean).join('; ');
		return {
			ok: r.code === 0 && failed === 0,
			passed,
			failed,
			detail: `${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`
		};
	}
};

const descriptions = {
	sync: 'svelte-kit sync + Paraglide compile',
	format: 'Prettier --check',
	check: 'svelte-check --fail-on-warnings',
	vitest: 'unit + integration tests',
	build: 'production build',
	e2e: 'Playwright in Chromium against the built server'
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in stages));
if (unknown.length) {
	console.error(`unknown stage(s): ${unknown.join(', ')}; stages are ${Object.keys(stages).join(', ')}`);
	process.exit(2);
}
// Stages in one group run at once; the groups run in this order.
const groups = [['sync'], ['format', 'check'], ['vitest'], ['build'], ['e2e']];

async function runStage(name, options) {
	const t0 = Date.now();
	let result;
	try {
		result = await stages[name](options);
	} catch (error) {
		result = { ok: false, detail: error instanceof Error ? error.message : String(error) };
	}
	return { name, seconds: (Date.now() - t0) / 1000, ...result };
}

const started = Date.now();
for (const group of groups) {
	const names = group.filter((name) => !wanted.length || wanted.includes(name));
	if (names.length === 1) {
		banner(names[0], descriptions[names[0]]);
		results.push(await runStage(names[0]));
	} else if (names.length > 1) {
		console.log(`\n━━━ ${names.join(' + ')}: at once, output below when all are done ━━━`);
		const transcripts = names.map(() => []);
		const done = await Promise.all(names.map((name, i) => runStage(name, { transcript: transcripts[i] })));
		names.forEach((name, i) => {
			banner(name, descriptions[name]);
			for (const [stream, chunk] of transcripts[i]) stream.write(chunk);
		});
		results.push(...done);
	}
	// Nothing after a failed sync can mean anything.
	if (group.includes('sync') && results.some((r) => r.name === 'sync' && !r.ok)) break;
}
rmSync(scratch, { recursive: true, force: true });

let passed = 0;
let failed = 0;
console.log('\n━━━ summary ━━━');
for (const r of results) {
	passed += r.passed ?? 0;
	failed += r.failed ?? 0;
	// A failed stage with no failing test to show for it still counts once.
	if (!r.ok && !r.failed) failed += 1;
	const status = r.ok ? 'ok' : 'FAILED';
	console.log(
		`${r.name.padEnd(7)} ${status.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.detail ?? ''}`.trimEnd()
	);
}
console.log(`total ${' '.repeat(17)}${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
