import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

describe('pageTitle', () => {
	it('names the page, then its section, then Glokal, with one separator', () => {
		expect(pageTitle('Styrgrupp', 'Ale – Ghanzi – Budesti')).toBe('Styrgrupp · Ale – Ghanzi – Budesti · Glokal');
		expect(pageTitle()).toBe('Glokal');
	});

	it('leaves out parts that are missing or blank', () => {
		expect(pageTitle('Historik', '', null, undefined, '  ')).toBe('Historik · Glokal');
	});
});

describe('every page title', () => {
	it('is built by pageTitle (PageHead or <title>{pageTitle(…)}</title>), never written by hand', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const svelteFiles = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory()
					? svelteFiles(join(dir, entry.name))
					: entry.name.endsWith('.svelte')
						? [join(dir, entry.name)]
						: []
			);
		const handWritten = svelteFiles('src')
			.flatMap((file) =>
				[...readFileSync(file, 'utf8').matchAll(/<title>([\s\S]*?)<\/title/g)].map((match) => ({
					file,
					title: match[1]!.trim()
				}))
			)
			.filter(({ title }) => !/^\{(pageTitle\(|full\})/.test(title));
		expect(handWritten).toEqual([]);
	});
});
