import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { makeOrganisation, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';
import { load } from '../../src/routes/[lang=lang]/(admin)/admin/organisations/+page.server';
import { GET } from '../../src/routes/[lang=lang]/(admin)/admin/organisations/export/+server';

// The DataTable's server side on a real list: sorting from the address, against the database's own
// ORDER BY (PGlite and PostgreSQL), and the download of the same rows.

useTestDatabase();

const base = 'http://localhost/sv/admin/organisations';
let locals: { actor: Actor; locale: string; user: null; requestId: string };
type Listed = {
	items: { name: string; population: number | null }[];
	list: { sort: string; dir: string; page: number };
};
const listed = async (query: string, asked = locals) =>
	(await load({ locals: asked, url: new URL(base + query) } as never)) as Listed;

beforeAll(async () => {
	const { actor } = await makeUser({ staff: true });
	locals = { actor, locale: 'sv', user: null, requestId: 'test' };
});

async function world() {
	const tag = crypto.randomUUID().slice(0, 6);
	await makeOrganisation({ name: `Sortera ${tag} Ö`, population: 500 });
	await makeOrganisation({ name: `Sortera ${tag} A`, population: 90_000 });
	await makeOrganisation({ name: `Sortera ${tag} M`, population: 7_000 });
	return tag;
}

describe('a sorted list page', () => {
	it('sorts by an allowed column in either direction, and ignores one it does not allow', async () => {
		const tag = await world();
		const ours = (data: Listed) => data.items.filter((o) => o.name.includes(tag)).map((o) => o.population);
		const everyone = '&per=200';
		expect(ours(await listed(`?sort=population&dir=desc${everyone}`))).toEqual([90_000, 7_000, 500]);
		expect(ours(await listed(`?sort=population${everyone}`))).toEqual([500, 7_000, 90_000]);
		const refused = await listed(`?sort=password&dir=up${everyone}`);
		expect(refused.list).toMatchObject({ sort: 'name', dir: 'asc', page: 1 });
	});

	it('answers the last page for a page past the end', async () => {
		await world();
		const data = await listed('?per=2&page=100000');
		expect(data.list.page).toBeGreaterThan(1);
		expect(data.items.length).toBeGreaterThan(0);
	});

	it('is for staff only', async () => {
		const organisation = await makeOrganisation();
		const { actor } = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		await expect(listed('', { ...locals, actor })).rejects.toMatchObject({ status: 404 });
	});
});

describe('the download of a list', () => {
	it('answers CSV in the order asked for, with a localised file name', async () => {
		const tag = await world();
		const response = await GET({ locals, url: new URL(`${base}/export?format=csv&sort=population&dir=desc`) } as never);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-\d{4}-\d{2}-\d{2}\.csv"/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const text = await response.text();
		expect(text.split('\r\n')[0]).toContain(m.admin_column_population());
		const ours = text.split('\r\n').filter((line) => line.includes(tag));
		expect(ours.map((line) => line.split(',').at(-1))).toEqual(['90000', '7000', '500']);
	});

	it('answers an Excel workbook', async () => {
		const response = await GET({ locals, url: new URL(`${base}/export?format=xlsx`) } as never);
		expect(response.headers.get('content-type')).toContain('spreadsheetml');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip file, as every .xlsx is
	});

	it('refuses an unknown format with a 400, and anyone but staff', async () => {
		await expect(GET({ locals, url: new URL(`${base}/export?format=pdf`) } as never)).rejects.toMatchObject({
			status: 400
		});
		const organisation = await makeOrganisation();
		const { actor } = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		await expect(
			GET({ locals: { ...locals, actor }, url: new URL(`${base}/export?format=csv`) } as never)
		).rejects.toMatchObject({ status: 404 });
	});
});
