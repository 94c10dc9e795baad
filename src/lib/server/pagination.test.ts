import { describe, expect, it } from 'vitest';
import { loadPage, pageFromUrl } from './pagination';

const at = (query: string) => new URL(`http://glokal.test/sv/admin/people${query}`);

describe('pageFromUrl', () => {
	it('reads a whole page number', () => {
		expect(pageFromUrl(at('?page=3'))).toBe(3);
		expect(pageFromUrl(at('?page=1'))).toBe(1);
	});

	it('answers page 1 for anything else', () => {
		for (const query of [
			'',
			'?page=',
			'?page=0',
			'?page=-2',
			'?page=2.5',
			'?page=abc',
			'?page=1e3',
			'?page=99999999',
			'?page= 2'
		])
			expect(pageFromUrl(at(query)), query).toBe(1);
	});
});

describe('loadPage', () => {
	const rows = Array.from({ length: 30 }, (_, i) => i);
	const list = async ({ page, limit }: { page: number; limit: number }) => ({
		items: rows.slice((page - 1) * limit, page * limit),
		total: rows.length,
		page,
		limit
	});

	it('loads the requested page and counts the pages', async () => {
		const result = await loadPage(at('?page=2'), 25, list);
		expect(result).toMatchObject({ page: 2, pages: 2, total: 30 });
		expect(result.items).toEqual([25, 26, 27, 28, 29]);
	});

	it('answers page 1 for a page past the end', async () => {
		const result = await loadPage(at('?page=7'), 25, list);
		expect(result.page).toBe(1);
		expect(result.items).toHaveLength(25);
	});

	it('has one page when the list is empty', async () => {
		const empty = async ({ page, limit }: { page: number; limit: number }) => ({ items: [], total: 0, page, limit });
		expect(await loadPage(at(''), 25, empty)).toMatchObject({ page: 1, pages: 1, items: [] });
	});
});
