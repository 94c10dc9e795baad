import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const dataDir = mkdtempSync(join(tmpdir(), 'glokal-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The one-line message parseConfig refuses `env` with. */
function refusal(env: Record<string, string | undefined>): string {
	try {
		parseConfig({ DATA_DIR: dataDir, ...env });
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as Error).message;
	}
	throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe('parseConfig', () => {
	it('runs on the embedded database with nothing set, and keeps a generated secret in the data directory', () => {
		const cfg = parseConfig({ DATA_DIR: dataDir });
		expect(cfg.database).toEqual({ kind: 'pglite', dataDir: join(resolve(dataDir), 'pglite') });
		expect(cfg.port).toBe(3000);
		expect(cfg.publicUrl).toBe('http://localhost:3000');
		expect(cfg.smtpUrl).toBeUndefined();
		expect(cfg.seedDemo).toBe('auto');
		expect(cfg.logLevel).toBe('info');
		expect(cfg.mailFrom).toMatch(/Glokal/);
		expect(cfg.authSecret.length).toBeGreaterThanOrEqual(32);
		expect(readFileSync(join(dataDir, 'auth-secret'), 'utf8')).toBe(cfg.authSecret);
		// The second start reads the same secret, so sessions survive a restart.
		expect(parseConfig({ DATA_DIR: dataDir }).authSecret).toBe(cfg.authSecret);
	});

	it('defaults the data directory to ./data', () => {
		const cfg = parseConfig({ AUTH_SECRET: SECRET });
		expect(cfg.dataDir).toBe(resolve('data'));
	});

	it('treats empty values as unset', () => {
		const cfg = parseConfig({ DATA_DIR: dataDir, PORT: '', DATABASE_URL: '', SMTP_URL: '' });
		expect(cfg.port).toBe(3000);
		expect(cfg.database.kind).toBe('pglite');
		expect(cfg.smtpUrl).toBeUndefined();
	});

	it('uses PostgreSQL with DATABASE_URL and AUTH_SECRET, and makes no secret file then', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'glokal-config-'));
		const cfg = parseConfig({ DATA_DIR: elsewhere, DATABASE_URL: 'postgres://u@db:5432/glokal', AUTH_SECRET: SECRET });
		expect(cfg.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/glokal' });
		expect(cfg.authSecret).toBe(SECRET);
		expect(existsSync(join(elsewhere, 'auth-secret'))).toBe(false);
		rmSync(elsewhere, { recursive: true, force: true });
	});

	it('refuses DATABASE_URL without AUTH_SECRET in one line naming AUTH_SECRET', () => {
		const message = refusal({ DATABASE_URL: 'postgresql://u@db/glokal' });
		expect(message).toMatch(/AUTH_SECRET/);
		expect(message).not.toMatch(/\n/);
	});

	it('refuses a short AUTH_SECRET', () => {
		expect(refusal({ AUTH_SECRET: 'too-short' })).toMatch(/AUTH_SECRET/);
	});

	it.each([['not-a-number'], ['0'], ['65536'], ['80.5']])('refuses PORT=%s, naming PORT', (port) => {
		const message = refusal({ PORT: port });
		expect(message).toMatch(/^Setting PORT /);
		expect(message).not.toMatch(/\n/);
	});

	it('takes a valid PORT', () => {
		const cfg = parseConfig({ DATA_DIR: dataDir, PORT: '3501' });
		expect(cfg.port).toBe(3501);
		expect(cfg.publicUrl).toBe('http://localhost:3501');
	});

	it.each([['mysql://u@db/glokal'], ['db.example.org:5432'], ['postgres://']])(
		'refuses DATABASE_URL=%s, naming DATABASE_URL',
		(url) => {
			expect(refusal({ DATABASE_URL: url, AUTH_SECRET: SECRET })).toMatch(/^Setting DATABASE_URL /);
		}
	);

	it.each([['http://mail.example.org'], ['mail.example.org:25']])('refuses SMTP_URL=%s, naming SMTP_URL', (url) => {
		expect(refusal({ SMTP_URL: url })).toMatch(/^Setting SMTP_URL /);
	});

	it('takes smtp:// and smtps:// URLs', () => {
		expect(parseConfig({ DATA_DIR: dataDir, SMTP_URL: 'smtps://u:p@mail.example.org:465' }).smtpUrl).toBe(
			'smtps://u:p@mail.example.org:465'
		);
		expect(parseConfig({ DATA_DIR: dataDir, SMTP_URL: 'smtp://mail.example.org' }).smtpUrl).toBe(
			'smtp://mail.example.org'
		);
	});

	it('uses PUBLIC_URL for publicUrl, without a trailing slash, before ORIGIN', () => {
		expect(parseConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://glokal.example.org/' }).publicUrl).toBe(
			'https://glokal.example.org'
		);
		expect(
			parseConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://glokal.example.org', ORIGIN: 'http://other.example.org' })
				.publicUrl
		).toBe('https://glokal.example.org');
		expect(parseConfig({ DATA_DIR: dataDir, ORIGIN: 'http://other.example.org' }).publicUrl).toBe(
			'http://other.example.org'
		);
	});

	it('fixes the origin only when PUBLIC_URL or ORIGIN is set; otherwise each request’s host counts', () => {
		expect(parseConfig({ DATA_DIR: dataDir }).fixedOrigin).toBeUndefined();
		expect(parseConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://glokal.example.org/app/' }).fixedOrigin).toBe(
			'https://glokal.example.org'
		);
		expect(parseConfig({ DATA_DIR: dataDir, PROTOCOL_HEADER: 'X-Forwarded-Proto' }).protocolHeader).toBe(
			'x-forwarded-proto'
		);
	});

	it('refuses a PUBLIC_URL that is not absolute, naming it', () => {
		expect(refusal({ PUBLIC_URL: 'glokal.example.org' })).toMatch(/^Setting PUBLIC_URL /);
	});

	it('ends sessions unused for two hours unless IDLE_TIMEOUT_MINUTES says otherwise, from 5 minutes to 14 days', () => {
		expect(parseConfig({ DATA_DIR: dataDir }).idleTimeoutMinutes).toBe(120);
		expect(parseConfig({ DATA_DIR: dataDir, IDLE_TIMEOUT_MINUTES: '30' }).idleTimeoutMinutes).toBe(30);
		expect(refusal({ IDLE_TIMEOUT_MINUTES: '2' })).toMatch(/^Setting IDLE_TIMEOUT_MINUTES must be/);
		expect(refusal({ IDLE_TIMEOUT_MINUTES: 'soon' })).toMatch(/^Setting IDLE_TIMEOUT_MINUTES must be/);
	});

	it('refuses unknown SEED_DEMO and LOG_LEVEL values, naming them', () => {
		expect(refusal({ SEED_DEMO: 'sometimes' })).toMatch(/^Setting SEED_DEMO /);
		expect(refusal({ LOG_LEVEL: 'loud' })).toMatch(/^Setting LOG_LEVEL /);
	});

	it('shows times in Stockholm unless TIME_ZONE names another IANA zone', () => {
		expect(parseConfig({ DATA_DIR: dataDir }).timeZone).toBe('Europe/Stockholm');
		expect(parseConfig({ DATA_DIR: dataDir, TIME_ZONE: 'America/Bogota' }).timeZone).toBe('America/Bogota');
		expect(parseConfig({ DATA_DIR: dataDir, TIME_ZONE: 'utc' }).timeZone).toBe('UTC');
	});

	it('refuses a TIME_ZONE that is no IANA zone in one line naming it', () => {
		expect(refusal({ TIME_ZONE: 'Stockholm' })).toBe(
			'Setting TIME_ZONE must be an IANA time zone such as Europe/Stockholm'
		);
		expect(refusal({ TIME_ZONE: 'CEST+2' })).toMatch(/^Setting TIME_ZONE /);
	});
});
