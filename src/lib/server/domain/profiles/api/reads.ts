import type { Actor } from '../../accounts/actor';
import { createProfile } from '../create-profile';
import { getProfileForActor, listPublishedProfiles, withRecognisedAreas, type ProfileRow } from '../queries';
import { profileListQuery, type ProfileInput } from '../schemas';
import { AppError } from '$lib/server/errors';
import { isUuid, parseInput } from '$lib/server/validation';
import type { PartnerProfile, PartnerProfileDocument, PartnerProfilePage } from './schemas';

// What the /api/v1/profiles endpoints answer: the domain's reads, shaped as schemas-profiles.ts says.

/** GET /api/v1/profiles: published profiles, filtered by country, theme (slug or id) and call (slug). */
export async function readProfiles(params: URLSearchParams): Promise<PartnerProfilePage> {
	const query = parseInput(profileListQuery, Object.fromEntries(params));
	const result = await listPublishedProfiles({
		countryCode: query.country,
		theme: query.theme,
		callSlug: query.call,
		page: query.page,
		limit: query.limit
	});
	const items = await withRecognisedAreas(result.items);
	return { data: items.map(toProfile), page: result.page, limit: result.limit, total: result.total };
}

/** GET /api/v1/profiles/{id}: published, or the actor's own (or any, for staff); otherwise 404. */
export async function readProfile(actor: Actor, id: string): Promise<PartnerProfileDocument> {
	const found = await getProfileForActor(actor, id);
	if (!found) throw AppError.notFound();
	return { data: toProfile(found) };
}

/** POST /api/v1/calls/{id}/profiles: the call comes from the address, the rest from the body. */
export async function apiCreateProfile(actor: Actor, callId: string, body: unknown): Promise<PartnerProfileDocument> {
	if (!isUuid(callId)) throw AppError.notFound();
	const fields = typeof body === 'object' && body !== null ? body : {};
	const created = await createProfile(actor, { ...(fields as ProfileInput), callId });
	return readProfile(actor, created.id);
}

function toProfile(p: ProfileRow & { recognisedAreas: string[] }): PartnerProfile {
	return {
		id: p.id,
		status: p.status,
		organisation: { slug: p.organisation.slug, name: p.organisation.name, countryCode: p.organisation.countryCode },
		population: p.population === null ? null : Number(p.population),
		theme: { slug: p.theme.slug, name: p.theme.name },
		challenge: p.challenge,
		challengeAreas: p.chosenConcepts,
		recognisedAreas: p.recognisedAreas,
		hopes: p.hopes,
		contactRole: p.contactRole,
		languages: p.languages,
		maxMatches: p.maxMatches,
		matchesLeft: p.matchesLeft,
		call: { slug: p.call.slug, title: p.call.title },
		publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null
	};
}
