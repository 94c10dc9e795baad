import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { programmeCountries, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { programmeInput, type ProgrammeInput } from './schemas';

/**
 * Changes a programme's name, description, rules (meetings per year, project length, funded conference
 * participants, from when partnerships are public), time zone and cooperation countries. Staff only; anyone else, or an unknown programme, gets 404.
 * The project's maximum length may not be below its minimum. Records `programme.updated` with the
 * texts, rules and countries before and after, which is the history of the programme's rules; a
 * submission that changes nothing records nothing.
 */
export async function updateProgramme(actor: Actor, programmeId: string, input: ProgrammeInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(programmeInput, input);
	return db().transaction(async (tx) => {
		const [current] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).for('update');
		if (!current) throw AppError.notFound();
		const countries = await tx
			.select({ code: programmeCountries.countryCode })
			.from(programmeCountries)
			.where(eq(programmeCountries.programmeId, programmeId));
		const before = snapshot(
			current,
			countries.map((c) => c.code)
		);
		const codes = [...new Set(data.countryCodes)].sort();
		const after = snapshot({ ...data, timeZone: data.timeZone ?? current.timeZone }, codes);
		if (JSON.stringify(before) === JSON.stringify(after)) return current;
		const [updated] = await tx
			.update(programmes)
			.set({
				name: data.name,
				description: data.description,
				minMeetingsPerYear: data.minMeetingsPerYear,
				projectMinYears: data.projectMinYears,
				projectMaxYears: data.projectMaxYears,
				fundedConferenceParticipants: data.fundedConferenceParticipants,
				partnershipsPublicFrom: data.partnershipsPublicFrom,
				timeZone: after.timeZone
			})
			.where(eq(programmes.id, programmeId))
			.returning();
		await tx.delete(programmeCountries).where(eq(programmeCountries.programmeId, programmeId));
		if (codes.length)
			await tx.insert(programmeCountries).values(codes.map((countryCode) => ({ programmeId, countryCode })));
		await recordAudit(tx, actor, {
			action: 'programme.updated',
			subjectType: 'programme',
			subjectId: programmeId,
			organisationIds: [current.ownerOrganisationId],
			before,
			after
		});
		return updated!;
	});
}

type Snapshotted = Pick<
	typeof programmes.$inferSelect,
	| 'name'
	| 'description'
	| 'minMeetingsPerYear'
	| 'projectMinYears'
	| 'projectMaxYears'
	| 'fundedConferenceParticipants'
	| 'partnershipsPublicFrom'
	| 'timeZone'
>;

/** What the history keeps of a programme, with keys in a fixed order so that equal states compare equal. */
function snapshot(p: Snapshotted, countryCodes: string[]) {
	const text = (value: Snapshotted['name']) =>
		Object.fromEntries((['sv', 'en', 'es'] as const).filter((l) => value[l]).map((l) => [l, value[l]]));
	return {
		name: text(p.name),
		description: text(p.description),
		minMeetingsPerYear: p.minMeetingsPerYear,
		projectMinYears: p.projectMinYears,
		projectMaxYears: p.projectMaxYears,
		fundedConferenceParticipants: p.fundedConferenceParticipants,
		partnershipsPublicFrom: p.partnershipsPublicFrom,
		timeZone: p.timeZone,
		countryCodes: [...countryCodes].sort()
	};
}
