import { count, eq } from 'drizzle-orm';
import { locales } from '$lib/i18n/locales';
import type { TranslatedText } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { matches, organisations, partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { profileToChange } from './load';
import { checkTheme, profileCall } from './rules';
import { profileUpdateInput, type ProfileUpdateInput } from './schemas';

/** Same words in each language (jsonb does not keep the order of keys). */
const sameText = (a: TranslatedText, b: TranslatedText) => locales.every((l) => (a[l] ?? '') === (b[l] ?? ''));

/**
 * Changes what a profile says (theme, challenge, challenge areas, hopes, contact role, population,
 * languages, how many matches; areas left out stay as they are). Staff or a coordinator of its organisation; anyone else gets 404. While the call takes
 * answers only; staff may still edit after it closed. A blank population is the organisation's own;
 * `maxMatches` may not fall below the matches already accepted.
 * A changed challenge clears `conceptsVersion`, so matchmaking computes its concepts again. Records
 * `partner_profile.updated` with before and after.
 */
export async function updateProfile(actor: Actor, profileId: string, input: ProfileUpdateInput) {
	const data = parseInput(profileUpdateInput, input);
	return db().transaction(async (tx) => {
		const current = await profileToChange(tx, actor, profileId);
		await profileCall(tx, actor, current.callId);
		const [organisation] = await tx
			.select({ population: organisations.population })
			.from(organisations)
			.where(eq(organisations.id, current.organisationId));
		await checkTheme(tx, data.themeId);
		const [made] = await tx.select({ n: count() }).from(matches).where(eq(matches.profileId, current.id));
		if ((made?.n ?? 0) > data.maxMatches)
			throw AppError.invalid({ maxMatches: m.profiles_error_fewer_than_matched({ count: made!.n }) });
		const challengeChanged = !sameText(current.challenge, data.challenge);
		const [updated] = await tx
			.update(partnerProfiles)
			.set({
				themeId: data.themeId,
				challenge: data.challenge,
				hopes: data.hopes,
				contactRole: data.contactRole,
				population: data.population ?? organisation?.population ?? null,
				languages: data.languages,
				maxMatches: data.maxMatches,
				...(data.challengeAreas ? { chosenConcepts: data.challengeAreas } : {}),
				...(challengeChanged ? { conceptsVersion: null } : {})
			})
			.where(eq(partnerProfiles.id, current.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'partner_profile.updated',
			subjectType: 'partner_profile',
			subjectId: current.id,
			organisationIds: [current.organisationId],
			before: current,
			after: updated
		});
		return updated!;
	});
}
