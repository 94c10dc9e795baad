import { describe, expect, it } from 'vitest';
import { ariaSort, pageHref, sortHref } from '$lib/components/table/list-url';
import { listParams, listState, loadList, MAX_PER, pageOf, type ListSpec } from './list-params';

const spec: ListSpec<'name' | 'country' | 'population'> = {
	sorts: ['name', 'country', 'population'],
	defaultSort: 'name',
	per: 25
};
const at = (query: string) => new URL(`http://localhost/sv/admin/organisations${query}`);

describe('listParams', () => {
	it('reads an allowed sort, direction, page and page size', () => {
		expect(listParams(at('?sort=population&dir=desc&page=3&per=50'), spec)).toEqual({
			sort: 'population',
			dir: 'desc',
			page: 3,
			per: 50
		});
	});

	it('falls back to the defaults for a column the page does not allow, or a malformed value', () => {
		expect(listParams(at('?sort=password_hash&dir=sideways&page=abc&per=x'), spec)).toEqual({
			sort: 'name',
			dir: 'asc',
			page: 1,
			per: 25
		});
		expect(listParams(at('?sort=name;drop table users&page=-2&page=1.5'), spec)).toMatchObject({
			sort: 'name',
			page: 1
		});
		expect(listParams(at('?page=9999999'), spec).page).toBe(1);
	});

	it('clamps the page size between 1 and the most any list shows', () => {
		expect(listParams(at('?per=100000'), spec).per).toBe(MAX_PER);
		expect(listParams(at('?per=0'), spec).per).toBe(1);
	});

	it('starts descending when the page says so', () => {
		expect(listParams(at(''), { ...spec, defaultDir: 'desc' }).dir).toBe('desc');
	});
});

describe('loadList', () => {
	const rows = Array.from({ length: 30 }, (_, i) => i);
	const list = async ({ page, limit }: { page: number; limit: number }) => ({
		items: rows.slice((page - 1) * limit, page * limit),
		total: rows.length
	});

	it('answers the last page for a page past the end', async () => {
		const result = await loadList(at('?page=7'), spec, list);
		expect(result.list).toMatchObject({ page: 2, pages: 2 });
		expect(result.items).toEqual(rows.slice(25));
	});

	it('passes the order to the query', async () => {
		let asked: unknown;
		await loadList(at('?sort=country&dir=desc'), spec, async (query) => {
			asked = query;
			return { items: [], total: 0 };
		});
		expect(asked).toEqual({ page: 1, limit: 25, sort: 'country', dir: 'desc' });
	});
});

describe('pageOf', () => {
	it('sorts rows in memory by the allowed comparer, then takes the page', () => {
		const people = [{ n: 'b' }, { n: 'c' }, { n: 'a' }];
		const compare = { name: (x: { n: string }, y: { n: string }) => x.n.localeCompare(y.n) };
		const params = { sort: 'name' as const, dir: 'desc' as const, page: 5, per: 2 };
		expect(pageOf(people, params, compare)).toEqual({ items: [{ n: 'a' }], total: 3, page: 2 });
	});
});

describe('the links', () => {
	const state = listState(spec, listParams(at('?sort=country&page=2&kind=municipality'), spec), 60);

	it('sorts another column ascending and the sorted one the other way, back on page 1, filters kept', () => {
		const url = at('?sort=country&page=2&kind=municipality');
		expect(sortHref(url, state, 'population')).toBe(
			'/sv/admin/organisations?sort=population&kind=municipality&dir=asc'
		);
		expect(sortHref(url, state, 'country')).toBe('/sv/admin/organisations?sort=country&kind=municipality&dir=desc');
	});

	it('leaves the default order out of the address', () => {
		expect(sortHref(at('?sort=name&dir=desc'), { ...state, sort: 'name', dir: 'desc' }, 'name')).toBe(
			'/sv/admin/organisations'
		);
	});

	it('names the sorted column only', () => {
		expect(ariaSort(state, 'country')).toBe('ascending');
		expect(ariaSort({ ...state, dir: 'desc' }, 'country')).toBe('descending');
		expect(ariaSort(state, 'name')).toBeUndefined();
	});

	it('links pages with the order and filters kept, page 1 without a number', () => {
		const url = at('?sort=country&page=2&kind=municipality');
		expect(pageHref(url, 3)).toBe('/sv/admin/organisations?sort=country&page=3&kind=municipality');
		expect(pageHref(url, 1)).toBe('/sv/admin/organisations?sort=country&kind=municipality');
		expect(state.pages).toBe(3);
	});
});
