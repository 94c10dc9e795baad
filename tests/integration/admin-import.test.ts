import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents, organisations } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { importOrganisations, previewOrganisationImport } from '$lib/server/domain/organisations/import-organisations';
import { makeOrganisation, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

// Names unique to this file, so that other rows in the database do not match.
const file = [
	'name;kind;country;subdivision;population;latitude;longitude',
	'Ghanzi District;municipality;BW;Ghanzi;43095;-21,7;21,65',
	'Budești;municipality;MD;;9000;;',
	'Universidad del Valle;university;CO;Valle del Cauca;;3.3745;-76.5325'
].join('\r\n');

async function byName(name: string) {
	const [row] = await db().select().from(organisations).where(eq(organisations.name, name));
	return row;
}

describe('previewOrganisationImport', () => {
	it('shows every row as new, writing nothing', async () => {
		const before = await db().$count(organisations);
		const plan = await previewOrganisationImport(staff, { csv: `\uFEFF${file}` });
		expect(plan.fileError).toBeNull();
		expect(plan.rows.map((r) => [r.line, r.values.name, r.status])).toEqual([
			[2, 'Ghanzi District', 'new'],
			[3, 'Budești', 'new'],
			[4, 'Universidad del Valle', 'new']
		]);
		expect(plan.counts).toEqual({ new: 3, update: 0, unchanged: 0, invalid: 0 });
		expect(await db().$count(organisations)).toBe(before);
	});

	it('shows each invalid row with a localised message per field', async () => {
		const plan = await previewOrganisationImport(staff, {
			csv: 'name,kind,country,population\nOkänd kommun,municipality,XX,100\nFel kommun,company,SE,12.5\nRätt kommun,municipality,SE,'
		});
		expect(plan.rows.map((r) => [r.status, r.errors])).toEqual([
			['invalid', { country: m.admin_import_country_unknown({ value: 'XX' }) }],
			[
				'invalid',
				{
					kind: m.admin_import_kind_unknown({
						value: 'company',
						kinds: 'municipality, region, university, civil_society, programme_owner, other'
					}),
					population: m.admin_import_population_invalid()
				}
			],
			['new', {}]
		]);
		expect(plan.counts.invalid).toBe(2);
	});

	it('reports a problem with the file as a whole', async () => {
		const plan = await previewOrganisationImport(staff, { csv: 'namn;typ;land\nA;B;C' });
		expect(plan.fileError).toBe(m.admin_import_unknown_columns({ columns: 'namn, typ, land' }));
		expect(plan.rows).toEqual([]);
	});

	it('is for staff only', async () => {
		const organisation = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		await appError(previewOrganisationImport(coordinator.actor, { csv: file }), 'not_found');
		await appError(previewOrganisationImport(anonymous, { csv: file }), 'not_found');
	});
});

describe('importOrganisations', () => {
	it('writes every row, then changes nothing when the same file comes again', async () => {
		const editor = await makeUser({ staff: true });
		expect(await importOrganisations(editor.actor, { csv: file })).toEqual({ created: 3, updated: 0, unchanged: 0 });
		expect(await byName('Ghanzi District')).toMatchObject({
			slug: 'ghanzi-district',
			kind: 'municipality',
			countryCode: 'BW',
			subdivision: 'Ghanzi',
			population: 43_095,
			latitude: -21.7,
			longitude: 21.65
		});
		expect(await byName('Budești')).toMatchObject({ subdivision: null, latitude: null, population: 9000 });
		const created = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'organisation.created'), eq(auditEvents.reason, 'import')));
		expect(created).toHaveLength(3);
		expect(created.every((e) => e.actorUserId === editor.id)).toBe(true);

		const count = await db().$count(organisations);
		const plan = await previewOrganisationImport(staff, {
			csv: file.toUpperCase().replace(/^NAME;KIND;COUNTRY/, 'name;kind;country')
		});
		expect(plan.counts).toMatchObject({ new: 0, invalid: 0 });
		const again = await previewOrganisationImport(staff, { csv: file });
		expect(again.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(await importOrganisations(staff, { csv: file })).toEqual({ created: 0, updated: 0, unchanged: 3 });
		expect(await db().$count(organisations)).toBe(count);
		expect(
			await db().$count(
				auditEvents,
				sql`${auditEvents.reason} = 'import' and ${auditEvents.action} = 'organisation.updated'`
			)
		).toBe(0);
	});

	it('updates an organisation with the same name (any case) and country, and keeps fields left blank', async () => {
		const existing = await makeOrganisation({
			name: 'Francistown City Council',
			kind: 'other',
			countryCode: 'BW',
			population: 100_000,
			subdivision: 'North-East'
		});
		const csv = 'name,kind,country,subdivision,population\nFRANCISTOWN CITY COUNCIL,municipality,bw,,103417';
		const plan = await previewOrganisationImport(staff, { csv });
		expect(plan.rows[0]).toMatchObject({ status: 'update', changes: ['kind', 'population'] });
		expect(await importOrganisations(staff, { csv })).toEqual({ created: 0, updated: 1, unchanged: 0 });
		expect(await byName('Francistown City Council')).toMatchObject({
			id: existing.id,
			kind: 'municipality',
			population: 103_417,
			subdivision: 'North-East'
		});
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectId, existing.id), eq(auditEvents.action, 'organisation.updated')));
		expect(event).toMatchObject({ reason: 'import', before: { population: 100_000 }, after: { population: 103_417 } });
	});

	it('writes nothing when one row is wrong', async () => {
		const before = await db().$count(organisations);
		const csv = `${file.replaceAll('Ghanzi District', 'Ghanzi Town').replaceAll('Budești', 'Budesti Village').replaceAll('Universidad del Valle', 'Universidad Icesi')}\r\nMogale City;municipality;ZA;Gauteng;lots;;`;
		const errors = await fieldErrors(importOrganisations(staff, { csv }));
		expect(errors).toEqual({ _form: m.admin_import_has_errors({ count: 1 }) });
		expect(await db().$count(organisations)).toBe(before);
		expect(await byName('Ghanzi Town')).toBeUndefined();
	});

	it('refuses a file with a problem, and rows repeated within it', async () => {
		expect(await fieldErrors(importOrganisations(staff, { csv: '' }))).toEqual({ file: m.admin_import_empty() });
		const errors = await fieldErrors(
			importOrganisations(staff, { csv: 'name,kind,country\nOverstrand,municipality,ZA\noverstrand,municipality,ZA' })
		);
		expect(errors).toEqual({ _form: m.admin_import_has_errors({ count: 1 }) });
		expect(await byName('Overstrand')).toBeUndefined();
	});

	it('is for staff only', async () => {
		const organisation = await makeOrganisation();
		const member = await makeUser({ organisationId: organisation.id, role: 'member' });
		const before = await db().$count(organisations);
		await appError(
			importOrganisations(member.actor, { csv: 'name,kind,country\nRufunsa,municipality,ZM' }),
			'not_found'
		);
		expect(await db().$count(organisations)).toBe(before);
	});
});
