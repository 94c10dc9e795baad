import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { listFilters } from './list-filters';

const schema = z.object({
	country: z.string().length(2).optional(),
	q: z.string().max(5).optional(),
	page: z.coerce.number().int().min(1).default(1)
});
const read = (query: string) =>
	listFilters(new URL(`http://x/list?${query}`), schema, ['country', 'q'], {
		country: (c) => ['se', 'ni'].includes(c)
	});

describe('a public list’s filters from its address', () => {
	it('reads the named parameters and the page', () => {
		expect(read('country=se&q=abc&page=3&limit=999')).toEqual({
			filters: { country: 'se', q: 'abc', page: 3 },
			invalidFilter: false,
			selected: { country: 'se', q: 'abc' }
		});
	});

	it('shows everything from page 1 when a value is malformed or names nothing we have', () => {
		const everything = { filters: { page: 1 }, invalidFilter: true, selected: { country: '', q: '' } };
		expect(read('country=xx&page=3')).toEqual(everything);
		expect(read('q=toolong&page=2')).toEqual(everything);
		expect(read('page=0')).toEqual(everything);
	});

	it('takes no filter as no filter', () => {
		expect(read('')).toEqual({ filters: { page: 1 }, invalidFilter: false, selected: { country: '', q: '' } });
	});
});
