import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config';
import type { Database } from '../db/client';

const DAY = 24 * 60 * 60 * 1000;
// The same names `npm run backup` gives (scripts/backup.js), so restore and pruning treat both alike.
const NAME = /^glokal-pglite-(\d{8}T\d{6}Z)\.tar\.gz$/;

export function backupDir(cfg: Config): string {
	return join(cfg.dataDir, 'backups');
}

/** glokal-pglite-20261203T030000Z.tar.gz: sorts by time, and says which database it holds. */
export function backupFileName(at: Date): string {
	return `glokal-pglite-${at
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z')}.tar.gz`;
}

function takenAt(name: string): number | null {
	const stamp = NAME.exec(name)?.[1];
	if (!stamp) return null;
	const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
	return Date.parse(iso);
}

function backups(dir: string): { name: string; at: number }[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names
		.map((name) => ({ name, at: takenAt(name) }))
		.filter((b): b is { name: string; at: number } => b.at !== null)
		.sort((a, b) => b.at - a.at);
}

/**
 * Backs up the running embedded database into DATA_DIR/backups (PGlite's own data-directory dump,
 * taken inside the server, which holds the directory) and removes backups older than
 * BACKUP_KEEP_DAYS; the newest is always kept, however old. Files live in the database, so they are in it.
 */
export async function backUpEmbedded(cfg: Config, database: Database, now = new Date()) {
	const started = performance.now();
	const dir = backupDir(cfg);
	mkdirSync(dir, { recursive: true });
	const dump = await (database.client as PGlite).dumpDataDir('gzip');
	const file = join(dir, backupFileName(now));
	const bytes = Buffer.from(await dump.arrayBuffer());
	// Written aside and renamed: a crash mid-write never leaves a truncated file that looks like a backup.
	writeFileSync(`${file}.partial`, bytes, { mode: 0o600 });
	renameSync(`${file}.partial`, file);
	const removed = pruneBackups(dir, cfg.backupKeepDays, now);
	return { file, bytes: bytes.length, ms: Math.round(performance.now() - started), removed };
}

/** Removes backups older than `keepDays` (and leftovers of interrupted ones) but never the newest. */
export function pruneBackups(dir: string, keepDays: number, now = new Date()): string[] {
	const removed: string[] = [];
	const [, ...older] = backups(dir);
	for (const { name, at } of older) {
		if (now.getTime() - at <= keepDays * DAY) continue;
		rmSync(join(dir, name), { force: true });
		removed.push(name);
	}
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.partial'))) {
		if (now.getTime() - statSync(join(dir, name)).mtimeMs > DAY) rmSync(join(dir, name), { force: true });
	}
	return removed;
}

/** Whether the newest backup is more than a day old (or there is none). */
export function backupOverdue(cfg: Config, now = new Date()): boolean {
	const newest = backups(backupDir(cfg))[0];
	return !newest || now.getTime() - newest.at > DAY;
}
