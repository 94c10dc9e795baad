import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNeeded } from './build-if-stale.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A checkout with these files, every file and folder last changed five minutes ago. */
function checkout(files: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'glokal-build-if-stale-'));
	roots.push(root);
	for (const file of files) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), '');
	}
	const age = (path: string) => {
		if (statSync(path).isDirectory()) readdirSync(path).forEach((name) => age(join(path, name)));
		setAge(path, 300);
	};
	age(root);
	return root;
}

function setAge(path: string, secondsAgo: number) {
	const when = new Date(Date.now() - secondsAgo * 1000);
	utimesSync(path, when, when);
}

describe('buildNeeded', () => {
	it('builds when there is no build, and again when a source is newer than the build (after a git pull)', () => {
		const root = checkout(['src/routes/+page.svelte', 'messages/sv.json', 'build/handler.js']);
		expect(buildNeeded(root)).toBe('missing');

		writeFileSync(join(root, 'build/index.js'), '');
		setAge(join(root, 'build/index.js'), 200);
		expect(buildNeeded(root)).toBeNull();

		setAge(join(root, 'messages/sv.json'), 100);
		expect(buildNeeded(root)).toBe('stale');
	});

	it('builds again when a source file was removed', () => {
		const root = checkout(['src/lib/old.ts', 'src/lib/kept.ts', 'build/index.js']);
		setAge(join(root, 'build/index.js'), 200);
		expect(buildNeeded(root)).toBeNull();
		rmSync(join(root, 'src/lib/old.ts'));
		expect(buildNeeded(root)).toBe('stale');
	});

	it('does not count what the build writes itself (Paraglide’s compiled messages)', () => {
		const root = checkout(['src/lib/paraglide/messages.js', 'src/app.html', 'build/index.js']);
		setAge(join(root, 'build/index.js'), 200);
		writeFileSync(join(root, 'src/lib/paraglide/messages.js'), 'changed');
		writeFileSync(join(root, 'src/lib/paraglide/runtime.js'), 'new');
		expect(buildNeeded(root)).toBeNull();
	});
});
