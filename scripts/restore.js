#!/usr/bin/env node
// `npm run restore <file> [-- --force]`: restores a backup of `npm run backup` (or a daily one) into the
// configured database (DATABASE_URL, else the embedded one in DATA_DIR).
// Refuses a database that is not empty unless --force is given (PostgreSQL: its schemas are dropped
// first; PGlite: the old directory is moved aside, not deleted). Refuses a backup from a newer Glokal
// (migrations this version does not know); an older one is migrated at the next start.
import { execFileSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import {
	Refusal,
	checkToolVersion,
	liveServer,
	megabytes,
	migrationLevel,
	pgTool,
	runMain,
	seconds,
	target
} from './backup-common.js';

await runMain(async () => {
	const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
	if (positionals.length !== 1) throw new Refusal('usage: npm run restore <backup file> [-- --force]');
	const file = resolve(positionals[0]);
	if (!existsSync(file)) throw new Refusal(`no such backup: ${file}`);
	const db = target();
	const kind = formatOf(file);
	if (kind !== db.kind)
		throw new Refusal(
			`${file} is a ${kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} backup but the configured database is ${db.kind === 'pglite' ? 'the embedded one' : 'PostgreSQL'}`
		);
	const started = performance.now();
	const level =
		db.kind === 'postgres'
			? await restorePostgres(db.url, file, values.force)
			: await restorePglite(db, file, values.force);
	const migrate = level.behind ? `; ${level.behind} newer migration(s) are applied at the next start` : '';
	console.log(
		`glokal: restored ${file} (${megabytes(statSync(file).size)}) into ${where(db)} in ${seconds(started)}; its migration: ${level.tag}${migrate}`
	);
});

function where(db) {
	if (db.kind === 'pglite') return db.dir;
	const url = new URL(db.url);
	return `PostgreSQL ${url.host}${url.pathname}`;
}

/** pg_dump's custom format starts with PGDMP; PGlite's dump is a tar, gzip'd or not. */
function formatOf(file) {
	const head = Buffer.alloc(262);
	const fd = openSync(file, 'r');
	readSync(fd, head, 0, head.length, 0);
	closeSync(fd);
	if (head.toString('latin1', 0, 5) === 'PGDMP') return 'postgres';
	if ((head[0] === 0x1f && head[1] === 0x8b) || head.toString('latin1', 257, 262) === 'ustar') return 'pglite';
	throw new Refusal(`${file} is not a Glokal backup (neither pg_dump's custom format nor a PGlite dump)`);
}

async function restorePostgres(url, file, force) {
	const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	try {
		const serverMajor = Math.floor(Number((await sql`show server_version_num`)[0].server_version_num) / 10000);
		const tool = pgTool('pg_restore');
		checkToolVersion(tool, serverMajor);
		// The backup's migrations, read from the file before anything is touched.
		const level = migrationLevel(dumpedMigrations(tool, file));
		const schemas = await sql`
			select nspname from pg_namespace
			where nspname not like 'pg\\_%' and nspname <> 'information_schema'
			  and (nspname <> 'public' or exists (select 1 from pg_class c where c.relnamespace = pg_namespace.oid))`;
		if (schemas.length > 0) {
			if (!force)
				throw new Refusal(
					`the database is not empty (schemas ${schemas.map((s) => s.nspname).join(', ')}): restore into an empty database, or add --force to replace it`
				);
			await sql.begin(async (tx) => {
				for (const { nspname } of schemas) await tx.unsafe(`drop schema "${nspname.replaceAll('"', '""')}" cascade`);
				await tx.unsafe('create schema if not exists public');
			});
		}
		execFileSync(tool, ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file], {
			stdio: 'inherit'
		});
		return level;
	} finally {
		await sql.end({ timeout: 3 });
	}
}

/** The created_at values of drizzle.__drizzle_migrations inside a custom-format dump. */
function dumpedMigrations(tool, file) {
	const script = execFileSync(
		tool,
		['--data-only', '--schema=drizzle', '--table=__drizzle_migrations', '--file=-', file],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	const copy = /^COPY drizzle\.__drizzle_migrations \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(script);
	if (!copy) return [];
	const column = copy[1]
		.split(',')
		.map((c) => c.trim())
		.indexOf('created_at');
	return copy[2]
		.split('\n')
		.filter(Boolean)
		.map((line) => line.split('\t')[column]);
}

async function restorePglite(db, file, force) {
	const pid = liveServer(db.dataDir);
	if (pid !== null) throw new Refusal(`the server (pid ${pid}) holds ${db.dir}: stop it first (SIGTERM)`);
	const occupied = existsSync(db.dir) && readdirSync(db.dir).length > 0;
	if (occupied && !force)
		throw new Refusal(
			`${db.dir} already holds a database: add --force to replace it (the old one is moved aside, not deleted)`
		);
	// Loaded beside the target and checked there (it opens, and its migration level) before the target is touched.
	const loading = `${db.dir}.restoring-${Date.now()}`;
	mkdirSync(loading, { recursive: true });
	let level;
	try {
		const pg = await PGlite.create(loading, { loadDataDir: new Blob([readFileSync(file)]) });
		try {
			const applied = await pg.query('select created_at::text as w from drizzle.__drizzle_migrations');
			level = migrationLevel(applied.rows.map((r) => r.w));
		} catch (error) {
			if (error instanceof Refusal) throw error;
			throw new Refusal(`the backup holds no Glokal database: ${error.message}`);
		} finally {
			await pg.close();
		}
	} catch (error) {
		rmSync(loading, { recursive: true, force: true });
		throw error;
	}
	if (occupied) {
		const aside = `${db.dir}.before-restore-${Date.now()}`;
		renameSync(db.dir, aside);
		console.log(`glokal: the previous database was moved to ${aside}`);
	} else rmSync(db.dir, { recursive: true, force: true });
	renameSync(loading, db.dir);
	return level;
}
