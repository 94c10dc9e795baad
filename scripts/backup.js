#!/usr/bin/env node
// `npm run backup`: one backup of the configured database (DATABASE_URL, else the embedded one in
// DATA_DIR) into BACKUP_DIR (default DATA_DIR/backups), or into the file given with `--out <file>`.
// PostgreSQL: pg_dump's custom format (restore with pg_restore, or `npm run restore`).
// PGlite: its own data-directory dump (a .tar.gz). Uploaded files live in the database, so they are in it.
// Prints where the backup went, its size and how long it took.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import {
	Refusal,
	backupDir,
	backupName,
	checkToolVersion,
	liveServer,
	megabytes,
	pgTool,
	runMain,
	seconds,
	target
} from './backup-common.js';

await runMain(async () => {
	const { values } = parseArgs({ options: { out: { type: 'string' } } });
	const db = target();
	const file = values.out ? resolve(values.out) : join(backupDir(), backupName(db.kind));
	mkdirSync(dirname(file), { recursive: true });
	const started = performance.now();
	// Written aside and renamed: an interrupted backup never leaves a truncated file that looks whole.
	const partial = `${file}.partial`;
	const note = db.kind === 'postgres' ? await dumpPostgres(db.url, partial) : await dumpPglite(db, partial);
	renameSync(partial, file);
	console.log(
		`glokal: backup of ${describe(db)} written to ${file} (${megabytes(statSync(file).size)}, ${seconds(started)}${note ? `; ${note}` : ''})`
	);
});

function describe(db) {
	if (db.kind === 'pglite') return `the embedded database ${db.dir}`;
	const url = new URL(db.url);
	return `PostgreSQL ${url.host}${url.pathname}`;
}

async function dumpPostgres(url, file) {
	const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	let serverMajor;
	try {
		serverMajor = Math.floor(Number((await sql`show server_version_num`)[0].server_version_num) / 10000);
	} finally {
		await sql.end({ timeout: 3 });
	}
	const tool = pgTool('pg_dump');
	const versions = checkToolVersion(tool, serverMajor);
	execFileSync(tool, ['--format=custom', '--compress=6', `--file=${file}`, `--dbname=${url}`], { stdio: 'inherit' });
	return versions;
}

/**
 * PGlite is one process's database: while the server runs it holds the directory, and a second opener
 * would corrupt it. So this refuses then; the running server backs itself up every night (and the
 * newest of those is named).
 */
async function dumpPglite(db, file) {
	const pid = liveServer(db.dataDir);
	if (pid !== null)
		throw new Refusal(
			`the server (pid ${pid}) holds ${db.dir}: stop it first (SIGTERM), or use its daily backups in ${join(db.dataDir, 'backups')}`
		);
	try {
		statSync(join(db.dir, 'PG_VERSION'));
	} catch {
		throw new Refusal(`there is no embedded database in ${db.dir} (DATA_DIR is ${db.dataDir})`);
	}
	const pg = await PGlite.create(db.dir);
	try {
		const dump = await pg.dumpDataDir('gzip');
		writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
	} finally {
		await pg.close();
	}
	return '';
}
