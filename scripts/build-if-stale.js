// Builds Glokal when there is no build yet, or when its sources changed since the last one (after a
// `git pull`, say). The build's own output (hundreds of lines of warnings from dependencies and
// timings) is kept back and shown only when the build fails. Used by `npm start` and the bench.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What goes into the build. src/lib/paraglide is left out: the build itself writes it. */
const SOURCES = [
	'src',
	'messages',
	'drizzle',
	'static',
	'project.inlang/settings.json',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];
const GENERATED = new Set([join('src', 'lib', 'paraglide')]);

/** The newest change under `path` (relative to `root`): a file's, or a folder's (a file added or removed). */
function newestChange(root, path) {
	const full = join(root, path);
	if (!existsSync(full) || GENERATED.has(path)) return 0;
	const stat = statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newestChange(root, join(path, name))));
}

/** Why a build is needed ('missing' or 'stale'), or null when the build is up to date. */
export function buildNeeded(root = '.') {
	const index = join(root, 'build', 'index.js');
	if (!existsSync(index)) return 'missing';
	const built = statSync(index).mtimeMs;
	const sources = Math.max(...SOURCES.map((source) => newestChange(root, source)));
	return sources > built ? 'stale' : null;
}

/**
 * Builds when needed, saying so in one line (`say`), and returns whether it built.
 * Throws with the build's output when the build fails.
 */
export function buildIfStale({ say = (line) => console.log(line) } = {}) {
	const reason = buildNeeded();
	if (!reason) return false;
	say(
		reason === 'missing'
			? 'glokal: building (the first start takes about a minute)…'
			: 'glokal: the sources changed since the last build; building again (about a minute)…'
	);
	const started = Date.now();
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		throw new Error(`the build failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
	}
	say(`glokal: built in ${Math.round((Date.now() - started) / 1000)} s`);
	return true;
}
