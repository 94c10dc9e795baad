import { error, redirect } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { areaNames } from '$lib/server/domain/matchmaking/areas';
import { profileFormOptions } from '$lib/server/domain/profiles/form';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import { getProfileForActor } from '$lib/server/domain/profiles/queries';
import type { ProfileUpdateInput } from '$lib/server/domain/profiles/schemas';
import { updateProfile } from '$lib/server/domain/profiles/update-profile';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import { failWith } from '$lib/server/form-actions';
import { profileFormInput, profileFormValues } from '$lib/server/forms/profile';
import { requireUser } from '$lib/server/guards';
import { profileView } from '$lib/server/domain/profiles/present';
import type { Actions, PageServerLoad } from './$types';

/** One of my organisations' profiles: read it; coordinators also edit, publish and withdraw it. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const profile = await getProfileForActor(locals.actor, params.id);
	// Only the organisation's own people (and staff) work on it here; the public page is elsewhere.
	if (
		!profile ||
		!(locals.actor.isStaff || locals.actor.memberships.some((m) => m.organisationId === profile.organisation.id))
	)
		error(404, 'Not found');
	return {
		profile: {
			...profileView(profile, locals.locale),
			status: profile.status,
			canEdit: profile.canEdit,
			country: countryName(profile.organisation.countryCode, locals.locale),
			form: {
				themeId: profile.theme.id,
				challenge: profile.challenge,
				hopes: profile.hopes,
				contactRole: profile.contactRole,
				population: profile.population === null ? null : Number(profile.population),
				languages: profile.languages,
				maxMatches: profile.maxMatches,
				challengeAreas: profile.chosenConcepts
			},
			recognisedAreas: areaNames(profile.recognisedAreas, locals.locale)
		},
		options: profile.canEdit ? await profileFormOptions(locals.locale) : null,
		notice: ['created', 'saved', 'published', 'withdrawn'].find((k) => url.searchParams.has(k)) ?? null
	};
};

const done = (locals: App.Locals, id: string, what: string) =>
	redirect(303, `/${locals.locale}/workspace/profiles/${id}?${what}`);

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const data = await request.formData();
		try {
			await updateProfile(locals.actor, params.id, profileFormInput(data) as ProfileUpdateInput);
		} catch (e) {
			return failWith(e, profileFormValues(data));
		}
		done(locals, params.id, 'saved');
	},
	publish: async ({ locals, params }) => {
		try {
			await publishProfile(locals.actor, params.id);
		} catch (e) {
			return failWith(e, { action: 'status' });
		}
		done(locals, params.id, 'published');
	},
	withdraw: async ({ locals, params }) => {
		try {
			await withdrawProfile(locals.actor, params.id);
		} catch (e) {
			return failWith(e, { action: 'status' });
		}
		done(locals, params.id, 'withdrawn');
	}
};
