import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents, programmeCountries, programmes } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { getProgrammeById, programmeHistory } from '$lib/server/domain/programmes/queries';
import type { ProgrammeInput } from '$lib/server/domain/programmes/schemas';
import { updateProgramme } from '$lib/server/domain/programmes/update-programme';
import { makeOrganisation, makeProgramme, makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';

useTestDatabase();

const input = (overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
	name: { sv: 'Kommunala partnerskap', en: 'Municipal partnerships' },
	description: { sv: 'Kommuner i Sverige och i samarbetsländer.' },
	minMeetingsPerYear: '2',
	projectMinYears: '1',
	projectMaxYears: '3',
	fundedConferenceParticipants: '2',
	countryCodes: ['CO', 'GT', 'ZA'],
	...overrides
});

async function historyOf(programmeId: string) {
	return db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectType, 'programme'), eq(auditEvents.subjectId, programmeId)));
}

describe('updateProgramme', () => {
	it('changes texts, rules and countries, and records them before and after', async () => {
		const programme = await makeProgramme();
		const editor = await makeUser({ staff: true });
		await updateProgramme(editor.actor, programme.id, input());
		const updated = await updateProgramme(
			editor.actor,
			programme.id,
			input({ minMeetingsPerYear: '3', projectMaxYears: '4', countryCodes: ['gt', 'CO', 'MD'] })
		);
		expect(updated).toMatchObject({ minMeetingsPerYear: 3, projectMinYears: 1, projectMaxYears: 4 });
		expect((await getProgrammeById(programme.id))?.countryCodes).toEqual(['CO', 'GT', 'MD']);

		const history = await programmeHistory(programme.id, { page: 1, limit: 10 });
		expect(history.total).toBe(2);
		const [latest] = history.items;
		expect(latest?.actorName).toMatch(/^Person /);
		expect(latest?.before).toMatchObject({
			minMeetingsPerYear: 2,
			projectMaxYears: 3,
			countryCodes: ['CO', 'GT', 'ZA']
		});
		expect(latest?.after).toMatchObject({
			minMeetingsPerYear: 3,
			projectMaxYears: 4,
			countryCodes: ['CO', 'GT', 'MD']
		});
	});

	it('records nothing when nothing changes', async () => {
		const programme = await makeProgramme();
		const editor = await makeUser({ staff: true });
		await updateProgramme(editor.actor, programme.id, input());
		await updateProgramme(editor.actor, programme.id, input({ countryCodes: ['ZA', 'GT', 'CO'] }));
		expect(await historyOf(programme.id)).toHaveLength(1);
	});

	it('refuses a longest project length below the shortest, and changes nothing', async () => {
		const programme = await makeProgramme();
		const editor = await makeUser({ staff: true });
		const errors = await fieldErrors(
			updateProgramme(editor.actor, programme.id, input({ projectMinYears: '3', projectMaxYears: '2' }))
		);
		expect(errors).toEqual({ projectMaxYears: m.admin_programme_max_years_below_min() });
		const [stored] = await db().select().from(programmes).where(eq(programmes.id, programme.id));
		expect(stored).toMatchObject({ projectMinYears: 1, projectMaxYears: 3 });
		expect(await historyOf(programme.id)).toHaveLength(0);
	});

	it.each([
		['minMeetingsPerYear', '-1'],
		['minMeetingsPerYear', '1.5'],
		['projectMinYears', '0'],
		['fundedConferenceParticipants', 'two']
	] as const)('refuses %s = %s with a field error', async (field, value) => {
		const programme = await makeProgramme();
		const errors = await fieldErrors(
			updateProgramme((await makeUser({ staff: true })).actor, programme.id, input({ [field]: value }))
		);
		expect(Object.keys(errors)).toEqual([field]);
	});

	it('refuses an unknown country and a nameless programme', async () => {
		const programme = await makeProgramme();
		const editor = await makeUser({ staff: true });
		const errors = await fieldErrors(
			updateProgramme(editor.actor, programme.id, input({ name: { sv: ' ' }, countryCodes: ['SE', 'XX'] }))
		);
		expect(errors.name).toBe(m.validation_translated_required());
		expect(errors['countryCodes.1']).toBe(m.validation_country_unknown());
		expect(
			await db().select().from(programmeCountries).where(eq(programmeCountries.programmeId, programme.id))
		).toEqual([]);
	});

	it('changes the time zone by its canonical name, keeps it when the form leaves it out, and records it', async () => {
		const programme = await makeProgramme();
		const editor = await makeUser({ staff: true });
		expect((await getProgrammeById(programme.id))?.timeZone).toBe('Europe/Stockholm');
		const updated = await updateProgramme(editor.actor, programme.id, input({ timeZone: ' america/bogota ' }));
		expect(updated.timeZone).toBe('America/Bogota');
		await updateProgramme(editor.actor, programme.id, input({ minMeetingsPerYear: '4' }));
		expect((await getProgrammeById(programme.id))?.timeZone).toBe('America/Bogota');
		const [first] = await historyOf(programme.id);
		expect(first?.after).toMatchObject({ timeZone: 'America/Bogota' });
	});

	it.each(['Stockholm', 'CEST+2', 'Europe/Nowhere', ''])(
		'refuses the time zone %j in the reader’s language',
		async (zone) => {
			const programme = await makeProgramme();
			const errors = await fieldErrors(
				updateProgramme((await makeUser({ staff: true })).actor, programme.id, input({ timeZone: zone }))
			);
			expect(errors).toEqual({ timeZone: m.admin_programme_time_zone_invalid() });
			expect((await getProgrammeById(programme.id))?.timeZone).toBe('Europe/Stockholm');
		}
	);

	it('answers 404 to everyone but staff, and for an unknown programme', async () => {
		const programme = await makeProgramme();
		const organisation = await makeOrganisation();
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		await appError(updateProgramme(coordinator.actor, programme.id, input()), 'not_found');
		await appError(updateProgramme(anonymous, programme.id, input()), 'not_found');
		const editor = await makeUser({ staff: true });
		await appError(updateProgramme(editor.actor, crypto.randomUUID(), input()), 'not_found');
		expect(await historyOf(programme.id)).toHaveLength(0);
	});
});
