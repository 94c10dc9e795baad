import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { networkCountries, networks } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { createNetwork } from '$lib/server/domain/networks/create-network';
import { getNetworkBySlug, listNetworks } from '$lib/server/domain/networks/queries';
import type { NetworkInput } from '$lib/server/domain/networks/schemas';
import {
	makeNetwork,
	makeOrganisation,
	makePublicPartnership,
	makeProgramme,
	makeTheme,
	makeUser,
	staff
} from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

async function validInput(overrides: Partial<NetworkInput> = {}): Promise<NetworkInput> {
	return {
		programmeId: (await makeProgramme()).id,
		themeId: (await makeTheme()).id,
		name: { sv: 'Nätverk för jämställdhet', en: 'Gender Equality Network' },
		startYear: 2024,
		endYear: 2026,
		countryCodes: ['SE', 'CO', 'GT'],
		...overrides
	};
}

async function writesNothing(attempt: () => Promise<unknown>): Promise<void> {
	const before = [await db().$count(networks), await db().$count(networkCountries)];
	await attempt();
	expect([await db().$count(networks), await db().$count(networkCountries)]).toEqual(before);
}

describe('createNetwork', () => {
	it('stores the network with its countries, once each, in upper case', async () => {
		const created = await createNetwork(staff, await validInput({ countryCodes: ['se', 'CO', 'GT', 'co'] }));
		expect(created).toMatchObject({
			startYear: 2024,
			endYear: 2026,
			name: { sv: 'Nätverk för jämställdhet', en: 'Gender Equality Network' }
		});
		const stored = await db().select().from(networkCountries).where(eq(networkCountries.networkId, created.id));
		expect(stored.map((c) => c.countryCode).sort()).toEqual(['CO', 'GT', 'SE']);
	});

	it('takes its slug from the Swedish name, or the one given, unique with -2', async () => {
		const first = await createNetwork(staff, await validInput({ name: { sv: 'Nätverk för mänskliga rättigheter' } }));
		const second = await createNetwork(staff, await validInput({ name: { sv: 'Nätverk för mänskliga rättigheter' } }));
		const english = await createNetwork(staff, await validInput({ name: { en: 'Water network' } }));
		const given = await createNetwork(staff, await validInput({ slug: 'human-rights' }));
		expect([first.slug, second.slug, english.slug, given.slug]).toEqual([
			'natverk-for-manskliga-rattigheter',
			'natverk-for-manskliga-rattigheter-2',
			'water-network',
			'human-rights'
		]);
	});

	it('may have no countries yet', async () => {
		const created = await createNetwork(staff, await validInput({ countryCodes: undefined }));
		expect((await getNetworkBySlug(created.slug))?.countryCodes).toEqual([]);
	});

	it('refuses an end year before the start year with a field error on endYear, and writes nothing', async () => {
		const input = await validInput({ startYear: 2026, endYear: 2024 });
		await writesNothing(async () => {
			const errors = await fieldErrors(createNetwork(staff, input));
			expect(errors).toEqual({ endYear: m.validation_end_year_before_start() });
		});
	});

	it('takes a network of a single year', async () => {
		const created = await createNetwork(staff, await validInput({ startYear: 2025, endYear: 2025 }));
		expect([created.startYear, created.endYear]).toEqual([2025, 2025]);
	});

	it('refuses years outside 1900–2200 and years that are not whole numbers', async () => {
		expect(Object.keys(await fieldErrors(createNetwork(staff, await validInput({ startYear: 1899 }))))).toContain(
			'startYear'
		);
		expect(Object.keys(await fieldErrors(createNetwork(staff, await validInput({ endYear: 2201 }))))).toContain(
			'endYear'
		);
		expect(Object.keys(await fieldErrors(createNetwork(staff, await validInput({ startYear: 'soon' }))))).toContain(
			'startYear'
		);
	});

	it('refuses an unknown theme and an unknown programme with field errors, and writes nothing', async () => {
		const input = await validInput();
		await writesNothing(async () => {
			expect(await fieldErrors(createNetwork(staff, { ...input, themeId: crypto.randomUUID() }))).toEqual({
				themeId: m.validation_unknown_choice()
			});
			expect(await fieldErrors(createNetwork(staff, { ...input, programmeId: crypto.randomUUID() }))).toEqual({
				programmeId: m.validation_unknown_choice()
			});
			expect(Object.keys(await fieldErrors(createNetwork(staff, { ...input, themeId: 'gender-equality' })))).toEqual([
				'themeId'
			]);
		});
	});

	it('refuses an unknown country with a field error on that country', async () => {
		const input = await validInput({ countryCodes: ['SE', 'XX'] });
		await writesNothing(async () => {
			expect(await fieldErrors(createNetwork(staff, input))).toEqual({
				'countryCodes.1': m.validation_country_unknown()
			});
		});
	});

	it('refuses a name in no language', async () => {
		const errors = await fieldErrors(createNetwork(staff, await validInput({ name: { sv: ' ', en: '' } })));
		expect(errors).toEqual({ name: m.validation_translated_required() });
	});

	it('refuses a slug that is not lower-case words joined by hyphens', async () => {
		expect(Object.keys(await fieldErrors(createNetwork(staff, await validInput({ slug: 'Human Rights' }))))).toEqual([
			'slug'
		]);
	});

	it('is refused to anyone but staff, as if it did not exist', async () => {
		const org = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: org.id, role: 'coordinator' });
		const input = await validInput();
		for (const actor of [anonymous, coordinator.actor]) {
			await writesNothing(() => appError(createNetwork(actor, input), 'not_found'));
		}
	});
});

describe('the database holds the year rule too', () => {
	it('refuses an update that puts the end before the start', async () => {
		const network = await makeNetwork();
		await expect(db().update(networks).set({ endYear: 2000 }).where(eq(networks.id, network.id))).rejects.toThrow();
		await expect(db().execute(sql`update networks set start_year = 2030 where id = ${network.id}`)).rejects.toThrow();
		expect(await getNetworkBySlug(network.slug)).toMatchObject({ startYear: 2024, endYear: 2026 });
	});
});

describe('listNetworks', () => {
	it('lists every network, newest first, with its theme, countries and number of partnerships', async () => {
		const theme = await makeTheme();
		const older = await makeNetwork({ themeId: theme.id, countryCodes: ['ZA', 'SE', 'BW'] });
		await db().update(networks).set({ startYear: 2021, endYear: 2024 }).where(eq(networks.id, older.id));
		const newer = await makeNetwork();
		await makePublicPartnership({ networkId: older.id });
		await makePublicPartnership({ networkId: older.id });
		await makePublicPartnership();

		const listed = await listNetworks();
		const mine = listed.filter((n) => n.id === older.id || n.id === newer.id);
		expect(mine.map((n) => n.id)).toEqual([newer.id, older.id]);
		expect(mine[1]).toMatchObject({
			slug: older.slug,
			startYear: 2021,
			endYear: 2024,
			theme: { slug: theme.slug, name: theme.name },
			countryCodes: ['BW', 'SE', 'ZA'],
			partnershipCount: 2
		});
		expect(mine[0]!.partnershipCount).toBe(0);
		const years = listed.map((n) => n.startYear);
		expect(years).toEqual([...years].sort((a, b) => b - a));
	});
});

describe('getNetworkBySlug', () => {
	it('finds a network with its theme and sorted countries', async () => {
		const theme = await makeTheme();
		const network = await makeNetwork({ themeId: theme.id, countryCodes: ['GT', 'SE', 'CO'] });
		expect(await getNetworkBySlug(network.slug)).toEqual({
			id: network.id,
			slug: network.slug,
			name: network.name,
			description: {},
			startYear: 2024,
			endYear: 2026,
			theme: { slug: theme.slug, name: theme.name },
			countryCodes: ['CO', 'GT', 'SE']
		});
	});

	it('answers null for a slug that does not exist', async () => {
		expect(await getNetworkBySlug('no-such-network')).toBeNull();
	});
});
