import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataGeneration, listenForChanges } from '$lib/server/cache/changes';
import { readThrough } from '$lib/server/cache/read-cache';
import { db } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { publishPartnership } from '$lib/server/domain/partnerships/publish-partnership';
import { GET as partnershipsGET } from '../../src/routes/api/v1/partnerships/+server';
import { makeOrganisation, makePartnership, makePublicPartnership, makeTheme, staff } from '../factories';
import { useTestDatabase } from '../setup/database';

const test = useTestDatabase();
let stop: () => Promise<void>;

beforeAll(async () => {
	stop = await listenForChanges(test.database());
});
afterAll(async () => {
	await stop();
});

/** Notifications arrive after commit, on another connection: wait until this process has seen one. */
async function changeSeen(since: number) {
	const deadline = Date.now() + 5_000;
	while (dataGeneration() === since) {
		if (Date.now() > deadline) throw new Error('no change notification within 5 s');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

async function listTheme(
	slug: string
): Promise<{ total: number; data: { slug: string; parties: { name: string }[] }[] }> {
	const url = new URL(`http://localhost/api/v1/partnerships?theme=${slug}`);
	const response = await partnershipsGET({ url, request: new Request(url), locals: { requestId: 't' } } as never);
	return response.json();
}

describe('public reads from the cache', () => {
	it('serves a repeated read without reading again', async () => {
		let reads = 0;
		const read = async () => ++reads;
		expect(await readThrough('counter', read)).toBe(1);
		expect(await readThrough('counter', read)).toBe(1);
		expect(reads).toBe(1);
	});

	it('reads again once the database announces a write, from any client', async () => {
		let reads = 0;
		const read = async () => ++reads;
		await readThrough('counter-2', read);
		const before = dataGeneration();
		const org = await makeOrganisation();
		await changeSeen(before);
		expect(await readThrough('counter-2', read)).toBe(2);

		const again = dataGeneration();
		await db().update(organisations).set({ population: 12_345 }).where(eq(organisations.id, org.id));
		await changeSeen(again);
		expect(await readThrough('counter-2', read)).toBe(3);
	});

	it('shows a new partnership and a renamed party in the API list after the change', async () => {
		const theme = await makeTheme();
		const first = await makePublicPartnership({ themeId: theme.id });
		expect((await listTheme(theme.slug)).total).toBe(1);

		let seen = dataGeneration();
		await makePublicPartnership({ themeId: theme.id });
		await changeSeen(seen);
		expect((await listTheme(theme.slug)).total).toBe(2);

		const party = await makeOrganisation({ name: 'Before' });
		seen = dataGeneration();
		await makePublicPartnership({
			themeId: theme.id,
			partyIds: [party.id, (await makeOrganisation({ countryCode: 'ZM' })).id]
		});
		await changeSeen(seen);
		seen = dataGeneration();
		await db().update(organisations).set({ name: 'After' }).where(eq(organisations.id, party.id));
		await changeSeen(seen);
		const names = (await listTheme(theme.slug)).data.flatMap((p) => p.parties.map((x) => x.name));
		expect(names).toContain('After');
		expect(names).not.toContain('Before');
		expect(first.slug).toBeTruthy();
	});

	it('shows a partnership in the API list once staff publish it, and not after they take it back', async () => {
		const theme = await makeTheme();
		const planning = await makePartnership({ themeId: theme.id, phase: 'inception' });
		expect((await listTheme(theme.slug)).total).toBe(0);

		let seen = dataGeneration();
		await publishPartnership(staff, planning.id, { published: true });
		await changeSeen(seen);
		expect((await listTheme(theme.slug)).data.map((p) => p.slug)).toEqual([planning.slug]);

		seen = dataGeneration();
		await publishPartnership(staff, planning.id, { published: false });
		await changeSeen(seen);
		expect((await listTheme(theme.slug)).total).toBe(0);
	});

	it('does not keep a failed read', async () => {
		let calls = 0;
		const failing = async () => {
			calls++;
			throw new Error('boom');
		};
		await expect(readThrough('failing', failing)).rejects.toThrow('boom');
		await expect(readThrough('failing', failing)).rejects.toThrow('boom');
		expect(calls).toBe(2);
	});
});
