import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { t } from './support/messages';
import { signIn } from './support/session';

/**
 * Glokal started as the README's quick start says: `npm start` with none of its settings. The other
 * journeys run against a server given PUBLIC_URL, which hid that every sign-in failed without it.
 * Only the port and the data directory differ from a newcomer's machine, so that the run can neither
 * meet a server already on port 3000 nor touch the developer's ./data; neither affects the origin.
 */

const port = Number(process.env.E2E_QUICK_START_PORT ?? 3590);
const settings = [
	'PUBLIC_URL',
	'ORIGIN',
	'PROTOCOL_HEADER',
	'HOST_HEADER',
	'HOST',
	'DATABASE_URL',
	'AUTH_SECRET',
	'SMTP_URL',
	'SEED_DEMO',
	'LOG_LEVEL',
	'BODY_SIZE_LIMIT',
	'SHUTDOWN_TIMEOUT'
];

let server: ChildProcess;
let dataDir: string;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dataDir = mkdtempSync(join(tmpdir(), 'glokal-quick-start-'));
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !settings.includes(name)));
	server = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...env, PORT: String(port), DATA_DIR: dataDir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	await expect
		.poll(() => output.includes(`glokal: ready, open http://localhost:${port}`), { timeout: 170_000 })
		.toBe(true);
});

test.afterAll(async () => {
	if (server.exitCode === null) {
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGTERM');
		await exited;
	}
	rmSync(dataDir, { recursive: true, force: true });
});

for (const host of ['localhost', '127.0.0.1']) {
	test(`a demo account signs in at http://${host}:${port}`, async ({ page }) => {
		await page.goto(`http://${host}:${port}/sv/sign-in`);
		await signIn(page, 'coordinator@example.org');
		await expect(page).toHaveURL(`http://${host}:${port}/sv/workspace`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Plain http is not told to switch to https (HSTS) on the strength of adapter-node's guess.
		const home = await page.request.get(`http://${host}:${port}/sv`);
		expect(home.headers()['strict-transport-security']).toBeUndefined();
		// Links to the other languages name the address the reader used, over http.
		await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute(
			'href',
			`http://${host}:${port}/en/workspace`
		);
	});
}

test('a form posted from another site is refused, logged and explained in the reader’s language', async ({
	request
}) => {
	const response = await request.post(`http://127.0.0.1:${port}/en/sign-in`, {
		headers: { origin: 'https://attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=coordinator%40example.org&password=glokal-demo-2026'
	});
	expect(response.status()).toBe(403);
	const html = await response.text();
	expect(html).toContain('<html lang="en">');
	expect(html).toContain(t('en', 'csrf_refused_title'));
	expect(html).toContain('https://attacker.example');
	expect(html).toContain(`href="http://127.0.0.1:${port}/en/sign-in"`);
	expect(response.headers()['set-cookie'] ?? '').not.toContain('session_token');
	await expect.poll(() => output.includes('cross-site form post refused')).toBe(true);
});

test('the first start prints one line per stage, not the build’s own output', async () => {
	const lines = output.split('\n').filter((line) => line.trim() !== '');
	const beforeReady = lines.slice(0, lines.findIndex((line) => line.startsWith('glokal: ready')) + 1);
	expect(beforeReady.length, beforeReady.join('\n')).toBeLessThanOrEqual(8);
	expect(output).not.toMatch(/Circular dependency|PLUGIN_TIMINGS|npm run preview|could not be resolved/);
});
