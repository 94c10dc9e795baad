import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '$lib/time';

/**
 * Every setting Glokal reads from the environment, validated once at start.
 * A wrong value stops the server with one line that names the variable (see `loadConfig`).
 */
const envSchema = z.object({
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
		.optional(),
	DATA_DIR: z.string().min(1, 'must be a directory path').default('./data'),
	PORT: z.coerce
		.number({ error: 'must be a port number from 1 to 65535' })
		.int('must be a port number from 1 to 65535')
		.min(1, 'must be a port number from 1 to 65535')
		.max(65535, 'must be a port number from 1 to 65535')
		.default(3000),
	PUBLIC_URL: z.url('must be an absolute URL such as https://glokal.example.org').optional(),
	ORIGIN: z.url('must be an absolute URL').optional(),
	PROTOCOL_HEADER: z.string().optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
		.optional(),
	MAIL_FROM: z
		.string()
		.min(3, 'must be a sender such as Glokal <no-reply@example.org>')
		.default('Glokal <no-reply@glokal.localhost>'),
	AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
	TIME_ZONE: z
		.string()
		.refine((zone) => canonicalTimeZone(zone) !== null, 'must be an IANA time zone such as Europe/Stockholm')
		.default(DEFAULT_TIME_ZONE),
	SEED_DEMO: z.enum(['auto', 'always', 'never'], 'must be auto, always or never').default('auto'),
	IDLE_TIMEOUT_MINUTES: z.coerce
		.number({ error: 'must be a number of minutes from 5 to 20160 (14 days)' })
		.int('must be a number of minutes from 5 to 20160 (14 days)')
		.min(5, 'must be a number of minutes from 5 to 20160 (14 days)')
		.max(20160, 'must be a number of minutes from 5 to 20160 (14 days)')
		.default(120),
	BACKUP_KEEP_DAYS: z.coerce
		.number({ error: 'must be a whole number of days (0 turns the daily backup off)' })
		.int('must be a whole number of days (0 turns the daily backup off)')
		.min(0, 'must be a whole number of days (0 turns the daily backup off)')
		.max(3650, 'must be at most 3650 days')
		.default(14),
	API_TOKEN_RATE_LIMIT: z.coerce
		.number({ error: 'must be a whole number of requests per minute (0: no limit)' })
		.int('must be a whole number of requests per minute (0: no limit)')
		.min(0, 'must be a whole number of requests per minute (0: no limit)')
		.default(300),
	LOG_LEVEL: z
		.enum(
			['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
			'must be fatal, error, warn, info, debug, trace or silent'
		)
		.default('info')
});

export type Config = {
	database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
	dataDir: string;
	port: number;
	publicUrl: string;
	/**
	 * The origin readers use when PUBLIC_URL (or ORIGIN) is set; undefined when it is not, and the
	 * origin follows each request's host (see origin.ts).
	 */
	fixedOrigin: string | undefined;
	/** adapter-node's PROTOCOL_HEADER: a proxy in front names the scheme (http or https). */
	protocolHeader: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	authSecret: string;
	seedDemo: 'auto' | 'always' | 'never';
	/** A session unused for longer ends (domain/sessions/activity.ts, decision 0019). */
	idleTimeoutMinutes: number;
	/** The programme's time zone (an IANA name): times are shown, and typed in forms, on its clock. */
	timeZone: string;
	logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
	/** API requests per minute allowed to each personal API token (429 past it); 0: no limit. */
	apiTokenRateLimit: number;
	/** Days the embedded database's daily backups in DATA_DIR/backups are kept; 0: no daily backup. */
	backupKeepDays: number;
};

export class ConfigError extends Error {}

/** Reads and checks the environment. Throws ConfigError with a one-line message naming the setting. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const parsed = envSchema.safeParse(clean);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ConfigError(`Setting ${issue.path.join('.')} ${issue.message}`);
	}
	const e = parsed.data;
	const dataDir = resolve(e.DATA_DIR);
	const publicUrl = (e.PUBLIC_URL ?? e.ORIGIN ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
	if (e.DATABASE_URL && !e.AUTH_SECRET) {
		throw new ConfigError(
			'Setting AUTH_SECRET is required with DATABASE_URL (generate one with: openssl rand -base64 48)'
		);
	}
	return {
		database: e.DATABASE_URL
			? { kind: 'postgres', url: e.DATABASE_URL }
			: { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
		dataDir,
		port: e.PORT,
		publicUrl,
		fixedOrigin: e.PUBLIC_URL || e.ORIGIN ? new URL(publicUrl).origin : undefined,
		protocolHeader: e.PROTOCOL_HEADER?.toLowerCase(),
		smtpUrl: e.SMTP_URL,
		mailFrom: e.MAIL_FROM,
		authSecret: e.AUTH_SECRET ?? localSecret(dataDir),
		seedDemo: e.SEED_DEMO,
		idleTimeoutMinutes: e.IDLE_TIMEOUT_MINUTES,
		timeZone: canonicalTimeZone(e.TIME_ZONE)!,
		logLevel: e.LOG_LEVEL,
		apiTokenRateLimit: e.API_TOKEN_RATE_LIMIT,
		backupKeepDays: e.BACKUP_KEEP_DAYS
	};
}

/** On the embedded database a newcomer sets nothing: the secret is made once and kept in the data directory. */
function localSecret(dataDir: string): string {
	const file = join(dataDir, 'auth-secret');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(dataDir, { recursive: true });
	const secret = randomBytes(48).toString('base64url');
	writeFileSync(file, secret, { mode: 0o600 });
	return secret;
}

let current: Config | undefined;

export function config(): Config {
	current ??= parseConfig(process.env);
	return current;
}

/** For tests: use this configuration instead of the environment. */
export function setConfig(next: Config): void {
	current = next;
}
