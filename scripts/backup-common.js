// What `npm run backup` and `npm run restore` share: which database, where backups go, the tools and
// their versions, the migration level of a database. Plain Node (no build needed): it reads the same
// settings as the server (DATABASE_URL, DATA_DIR) and nothing else.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export class Refusal extends Error {}

/** The database the server would use, from the same settings. */
export function target(env = process.env) {
	const dataDir = resolve(env.DATA_DIR || './data');
	if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL, dataDir };
	return { kind: 'pglite', dir: join(dataDir, 'pglite'), dataDir };
}

/** Where backups go: BACKUP_DIR, else DATA_DIR/backups (where the embedded server puts its daily ones). */
export function backupDir(env = process.env) {
	return resolve(env.BACKUP_DIR || join(target(env).dataDir, 'backups'));
}

/** glokal-<kind>-20261203T030000Z.<ext>, the names the server's daily backup uses too. */
export function backupName(kind, at = new Date()) {
	const stamp = at
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	return `glokal-${kind}-${stamp}.${kind === 'pglite' ? 'tar.gz' : 'dump'}`;
}

/** The pid of a live Glokal server holding DATA_DIR (its server.pid), or null; a stale file is ignored. */
export function liveServer(dataDir) {
	const file = join(dataDir, 'server.pid');
	if (!existsSync(file)) return null;
	const pid = Number(readFileSync(file, 'utf8').trim());
	if (!Number.isInteger(pid) || pid <= 0) return null;
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: alive, but another user's.
		if (error?.code !== 'EPERM') return null;
	}
	try {
		// A recycled id (after a reboot, in a container) belongs to some other program.
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node') ? pid : null;
	} catch {
		return pid;
	}
}

/** pg_dump or pg_restore: from PG_BIN when set (e.g. /usr/lib/postgresql/16/bin), else the PATH. */
export function pgTool(name, env = process.env) {
	return env.PG_BIN ? join(env.PG_BIN, name) : name;
}

/** The major version of a client tool, e.g. 15 from "pg_dump (PostgreSQL) 15.20 (Debian …)". */
export function toolMajor(tool) {
	let out;
	try {
		out = execFileSync(tool, ['--version'], { encoding: 'utf8' });
	} catch {
		throw new Refusal(
			`${tool} is not installed: install PostgreSQL's client tools (apt-get install postgresql-client) or set PG_BIN`
		);
	}
	const major = Number(/\(PostgreSQL\) (\d+)/.exec(out)?.[1]);
	if (!major) throw new Refusal(`cannot read the version of ${tool}: ${out.trim()}`);
	return major;
}

/**
 * The tools must be at least the server's major version (pg_dump refuses a newer server; an older
 * pg_restore cannot read a newer dump). A newer tool works, and is said.
 */
export function checkToolVersion(tool, serverMajor) {
	const major = toolMajor(tool);
	if (major < serverMajor)
		throw new Refusal(
			`${tool} is version ${major} but the server is PostgreSQL ${serverMajor}: install the client tools of ${serverMajor} and set PG_BIN (e.g. /usr/lib/postgresql/${serverMajor}/bin)`
		);
	return major === serverMajor
		? `${tool} ${major} = server ${serverMajor}`
		: `${tool} ${major}, server ${serverMajor} (older server, works)`;
}

/** The migrations this Glokal ships: `when` (the drizzle.__drizzle_migrations created_at) → tag. */
export function shippedMigrations() {
	const journal = JSON.parse(readFileSync(join(root, 'drizzle', 'meta', '_journal.json'), 'utf8'));
	return new Map(journal.entries.map((e) => [String(e.when), e.tag]));
}

/**
 * Compares a backup's applied migrations (their created_at values) with this version's: a backup from a
 * newer Glokal is refused (this version cannot run on it); an older one is fine, the next start migrates it.
 */
export function migrationLevel(appliedWhens) {
	const shipped = shippedMigrations();
	const unknown = appliedWhens.filter((when) => !shipped.has(String(when)));
	if (appliedWhens.length === 0) throw new Refusal('the backup holds no Glokal database (no migrations applied)');
	if (unknown.length > 0)
		throw new Refusal(
			`the backup comes from a newer Glokal (${unknown.length} migration(s) this version does not know): upgrade Glokal first`
		);
	const newest = Math.max(...appliedWhens.map(Number));
	const behind = [...shipped.keys()].filter((when) => Number(when) > newest).length;
	return { tag: shipped.get(String(newest)), behind };
}

export function megabytes(bytes) {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function seconds(startedMs) {
	return `${((performance.now() - startedMs) / 1000).toFixed(1)} s`;
}

/** Runs a script's main: a Refusal prints one line and exits 1; anything else shows its stack. */
export async function runMain(main) {
	try {
		await main();
	} catch (error) {
		if (error instanceof Refusal) console.error(`glokal: ${error.message}`);
		else console.error(error);
		process.exit(1);
	}
}
