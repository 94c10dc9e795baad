import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';
import { organisationInput, type OrganisationInput } from './schemas';

/**
 * Changes an organisation's name, kind, country, subdivision, population, coordinates, website and
 * description. Staff only; anyone else, or an unknown organisation, gets 404. Blank optional fields are
 * emptied. The slug stays, so addresses keep working after a rename. Records `organisation.updated`
 * with before and after.
 */
export async function updateOrganisation(actor: Actor, organisationId: string, input: OrganisationInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(organisationInput, input);
	if (!isUuid(organisationId)) throw AppError.notFound();
	return db().transaction(async (tx) => {
		const [before] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).for('update');
		if (!before) throw AppError.notFound();
		const [after] = await tx
			.update(organisations)
			.set({
				name: data.name,
				kind: data.kind,
				countryCode: data.countryCode,
				subdivision: data.subdivision ?? null,
				population: data.population ?? null,
				latitude: data.latitude ?? null,
				longitude: data.longitude ?? null,
				website: data.website ?? null,
				description: data.description
			})
			.where(eq(organisations.id, organisationId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'organisation.updated',
			subjectType: 'organisation',
			subjectId: organisationId,
			organisationIds: [organisationId],
			before,
			after
		});
		return after!;
	});
}
