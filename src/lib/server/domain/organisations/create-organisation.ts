import { db } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { uniqueSlug } from '../slugs';
import { organisationInput, type OrganisationInput } from './schemas';

/**
 * Registers an organisation (municipality, region, university, …). Staff only.
 * The slug comes from the name and is made unique.
 */
export async function createOrganisation(actor: Actor, input: OrganisationInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(organisationInput, input);
	return db().transaction(async (tx) => {
		const slug = await uniqueSlug(tx, organisations, organisations.slug, data.name);
		const [created] = await tx
			.insert(organisations)
			.values({ ...data, slug })
			.returning();
		await recordAudit(tx, actor, {
			action: 'organisation.created',
			subjectType: 'organisation',
			subjectId: created!.id,
			organisationIds: [created!.id],
			after: created
		});
		return created!;
	});
}
