import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { canManageProfile } from './policy';
import { checkTheme, isDuplicateProfile, profileCall, profileOrganisation } from './rules';
import { profileInput, type ProfileInput } from './schemas';

/**
 * Makes a draft partner-seeking profile of an organisation abroad in a partner-search call. Staff (on
 * any organisation's behalf) or a coordinator of the organisation; anyone else gets 404, as does an
 * unknown or unpublished call. The call must take answers now (staff excepted); the organisation must
 * not be Swedish and must be in one of the programme's cooperation countries; one profile per
 * organisation and call (field errors). A blank population is the organisation's own. Challenge areas
 * must be the programme's (`challengeAreas`); those in the text are left for matchmaking to recognise.
 * Records `partner_profile.created`.
 */
export async function createProfile(actor: Actor, input: ProfileInput) {
	const data = parseInput(profileInput, input);
	if (!canManageProfile(actor, data.organisationId)) throw AppError.notFound();
	const duplicate = () => AppError.invalid({ organisationId: m.profiles_error_duplicate() });
	try {
		return await db().transaction(async (tx) => {
			const call = await profileCall(tx, actor, data.callId, { field: 'callId' });
			const organisation = await profileOrganisation(tx, data.organisationId, call.programmeId);
			await checkTheme(tx, data.themeId);
			const [existing] = await tx
				.select({ id: partnerProfiles.id })
				.from(partnerProfiles)
				.where(and(eq(partnerProfiles.callId, call.id), eq(partnerProfiles.organisationId, organisation.id)));
			if (existing) throw duplicate();
			const [created] = await tx
				.insert(partnerProfiles)
				.values({
					callId: call.id,
					organisationId: organisation.id,
					themeId: data.themeId,
					status: 'draft',
					challenge: data.challenge,
					hopes: data.hopes,
					contactRole: data.contactRole,
					population: data.population ?? organisation.population,
					languages: data.languages,
					maxMatches: data.maxMatches,
					chosenConcepts: data.challengeAreas,
					conceptsVersion: null,
					createdByUserId: actor.userId
				})
				.returning();
			await recordAudit(tx, actor, {
				action: 'partner_profile.created',
				subjectType: 'partner_profile',
				subjectId: created!.id,
				organisationIds: [organisation.id],
				after: created
			});
			return created!;
		});
	} catch (error) {
		// Two creations at once: the second meets the unique constraint.
		if (isDuplicateProfile(error)) throw duplicate();
		throw error;
	}
}
