#!/usr/bin/env node
// Adds or replaces UI messages in all three languages at once, keeping the files sorted:
//   node scripts/messages.js '{"key": {"sv": "…", "en": "…", "es": "…"}, …}'
// or with a JSON file of the same shape: node scripts/messages.js --file new.json
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const arg = process.argv[2] === '--file' ? readFileSync(process.argv[3], 'utf8') : process.argv[2];
if (!arg) {
	console.error('usage: node scripts/messages.js \'{"key": {"sv": "…", "en": "…", "es": "…"}}\'');
	process.exit(2);
}
const additions = JSON.parse(arg);

// Several people (or agents) may add messages at once: one writer at a time, by a lock directory.
const lock = 'messages/.lock';
for (let tries = 0; ; tries++) {
	try {
		mkdirSync(lock);
		break;
	} catch {
		if (tries > 200) throw new Error(`${lock} is held: remove it if no other scripts/messages.js is running`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
try {
	addAll();
} finally {
	rmdirSync(lock);
}
console.log(`added ${Object.keys(additions).length} message(s)`);

// The typed message functions follow at once (src/lib/paraglide), as at every build.
execFileSync(
	'node_modules/.bin/paraglide-js',
	['compile', '--project', './project.inlang', '--outdir', './src/lib/paraglide'],
	{ stdio: 'ignore' }
);

function addAll() {
	for (const locale of ['sv', 'en', 'es']) {
		const file = `messages/${locale}.json`;
		const current = JSON.parse(readFileSync(file, 'utf8'));
		for (const [key, texts] of Object.entries(additions)) {
			if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`bad key ${key}: use snake_case, module first`);
			if (typeof texts[locale] !== 'string') throw new Error(`${key} lacks ${locale}`);
			current[key] = texts[locale];
		}
		const { $schema, ...rest } = current;
		const sorted = Object.fromEntries(
			Object.keys(rest)
				.sort()
				.map((k) => [k, rest[k]])
		);
		const tmp = `${file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify({ $schema, ...sorted }, null, '\t') + '\n');
		renameSync(tmp, file);
	}
}
