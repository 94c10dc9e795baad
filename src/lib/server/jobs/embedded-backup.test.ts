import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { backupFileName, backupOverdue, pruneBackups } from './embedded-backup';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function backupsDir(names: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'glokal-backups-'));
	dirs.push(dir);
	for (const name of names) writeFileSync(join(dir, name), 'x');
	return dir;
}

const now = new Date('2026-12-20T03:00:00Z');
const daysAgo = (days: number) => backupFileName(new Date(now.getTime() - days * 86_400_000));

describe('daily backups of the embedded database', () => {
	it('are named by their time in UTC', () => {
		expect(backupFileName(new Date('2026-12-03T03:00:05.123Z'))).toBe('glokal-pglite-20261203T030005Z.tar.gz');
	});

	it('are removed after the days kept, except the newest, and other files are left alone', () => {
		const dir = backupsDir([daysAgo(1), daysAgo(13), daysAgo(15), daysAgo(40), 'notes.txt', 'glokal-postgres-x.dump']);
		expect(pruneBackups(dir, 14, now).sort()).toEqual([daysAgo(15), daysAgo(40)].sort());
		expect(readdirSync(dir).sort()).toEqual([daysAgo(1), daysAgo(13), 'glokal-postgres-x.dump', 'notes.txt'].sort());
	});

	it('keep the newest one however old it is', () => {
		const dir = backupsDir([daysAgo(100), daysAgo(200)]);
		expect(pruneBackups(dir, 14, now)).toEqual([daysAgo(200)]);
		expect(readdirSync(dir)).toEqual([daysAgo(100)]);
	});

	it('clear what an interrupted backup left after a day, not one still being written', () => {
		const dir = backupsDir([`${daysAgo(2)}.partial`, `${daysAgo(0)}.partial`]);
		const old = new Date(now.getTime() - 2 * 86_400_000);
		utimesSync(join(dir, `${daysAgo(2)}.partial`), old, old);
		utimesSync(join(dir, `${daysAgo(0)}.partial`), now, now);
		pruneBackups(dir, 14, now);
		expect(readdirSync(dir)).toEqual([`${daysAgo(0)}.partial`]);
	});

	it('are overdue when the newest is more than a day old or there is none', () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'glokal-data-'));
		dirs.push(dataDir);
		const cfg = parseConfig({ DATA_DIR: dataDir, AUTH_SECRET: 'x'.repeat(32) });
		expect(backupOverdue(cfg, now)).toBe(true);
		const dir = join(dataDir, 'backups');
		mkdirSync(dir);
		writeFileSync(join(dir, daysAgo(0.5)), 'x');
		expect(backupOverdue(cfg, now)).toBe(false);
		expect(backupOverdue(cfg, new Date(now.getTime() + 86_400_000))).toBe(true);
	});
});
