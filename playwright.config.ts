import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the built server (`node scripts/start.js`) on the
 * embedded database, which seeds the demo programme on its first start.
 * `npx playwright install` cannot work on these machines: install the browser with
 * `apt-get install -y chromium`.
 */

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	throw new Error(`Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium`);
}

const port = Number(process.env.E2E_PORT ?? 3510);
// 127.0.0.1, not localhost: the server listens on IPv4 only, and mailed links use the same origin.
const baseURL = `http://127.0.0.1:${port}`;

// The config is evaluated again in every worker: the runner makes the directory once and the
// workers inherit it through the environment. Tests read the mail outbox from here.
// A directory this config made is removed when the runner exits, after the server has stopped.
if (!process.env.E2E_DATA_DIR) {
	const made = mkdtempSync(join(tmpdir(), 'glokal-e2e-'));
	process.env.E2E_DATA_DIR = made;
	process.once('exit', () => rmSync(made, { recursive: true, force: true }));
}
const dataDir = process.env.E2E_DATA_DIR;

const browser = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			'--disable-dev-shm-usage'
		]
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	// One shared server and demo database. Journeys change only what they made themselves (or a demo
	// record no other journey reads the changed part of), so they pass in any order; E2E_WORKERS runs
	// more at once.
	workers: Number(process.env.E2E_WORKERS ?? 1),
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	// No retries: a journey that passes only on its second try is a failure to look into.
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL,
		// The app's CSP allows only its own nonced scripts; the axe helper injects axe-core inline.
		bypassCSP: true,
		locale: 'sv-SE',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		// Signs in each demo person once (staff with their first two-factor setup) and keeps the
		// sessions in E2E_DATA_DIR; the journeys start signed in from them (support/session.ts).
		{ name: 'sessions', testMatch: /sessions\.setup\.ts$/, use: browser },
		{ name: 'chromium', dependencies: ['sessions'], use: browser }
	],
	webServer: {
		command: 'node scripts/start.js',
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		// start.js builds first when there is no build yet.
		timeout: 180_000,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			PUBLIC_URL: baseURL,
			DATA_DIR: dataDir,
			// Empty means unset: the embedded database, mail to <DATA_DIR>/outbox, a secret made in DATA_DIR.
			DATABASE_URL: '',
			SMTP_URL: '',
			AUTH_SECRET: '',
			SEED_DEMO: 'auto',
			// A long run would otherwise make up the daily backup after 15 minutes: PGlite pauses for it.
			BACKUP_KEEP_DAYS: '0',
			LOG_LEVEL: 'warn'
		}
	}
});
