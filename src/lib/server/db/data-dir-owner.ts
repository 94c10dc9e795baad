import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: a second server (or `npm run backup`/`restore`) opening the same
 * directory would corrupt it. The server that holds DATA_DIR writes its process id to DATA_DIR/server.pid.
 * After a crash or kill -9 the file stays behind; it is stale when no Node process has that id, and the
 * next start simply takes it over (scripts/backup.js reads the same file).
 */
export function claimDataDir(dataDir: string): () => void {
	const file = join(dataDir, 'server.pid');
	const holder = liveHolder(file);
	if (holder !== null && holder !== process.pid)
		throw new Error(`another Glokal process (pid ${holder}) is using ${dataDir}; stop it first`);
	mkdirSync(dataDir, { recursive: true });
	writeFileSync(file, `${process.pid}\n`);
	return () => {
		if (liveHolder(file) === process.pid) rmSync(file, { force: true });
	};
}

function liveHolder(file: string): number | null {
	if (!existsSync(file)) return null;
	const pid = Number(readFileSync(file, 'utf8').trim());
	if (!Number.isInteger(pid) || pid <= 0) return null;
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: alive, but another user's.
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
	}
	// A recycled id (after a reboot, in a container) belongs to some other program: not a holder.
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node') ? pid : null;
	} catch {
		return pid;
	}
}
