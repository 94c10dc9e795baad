import { error, redirect } from '@sveltejs/kit';
import { areaNames } from '$lib/server/domain/matchmaking/areas';
import { profileFormOptions } from '$lib/server/domain/profiles/form';
import { profileView } from '$lib/server/domain/profiles/present';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import { getProfileForActor } from '$lib/server/domain/profiles/queries';
import type { ProfileUpdateInput } from '$lib/server/domain/profiles/schemas';
import { updateProfile } from '$lib/server/domain/profiles/update-profile';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import { failWith } from '$lib/server/form-actions';
import { profileFormInput, profileFormValues } from '$lib/server/forms/profile';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Staff: one profile of the call, to edit (also after the call has closed), publish or withdraw. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const profile = await getProfileForActor(actor, params.profileId);
	if (!profile || profile.call.id !== params.id) error(404, 'Not found');
	return {
		call: { id: profile.call.id },
		profile: {
			...profileView(profile, locals.locale),
			status: profile.status,
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
		options: await profileFormOptions(locals.locale),
		notice: ['created', 'saved', 'published', 'withdrawn'].find((k) => url.searchParams.has(k)) ?? null
	};
};

function done(locals: App.Locals, params: { id: string; profileId: string }, what: string): never {
	redirect(303, `/${locals.locale}/admin/calls/${params.id}/profiles/${params.profileId}?${what}`);
}

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateProfile(actor, params.profileId, profileFormInput(data) as ProfileUpdateInput);
		} catch (e) {
			return failWith(e, profileFormValues(data));
		}
		done(locals, params, 'saved');
	},
	publish: async ({ locals, params }) => {
		const actor = requireStaff(locals);
		try {
			await publishProfile(actor, params.profileId);
		} catch (e) {
			return failWith(e, { action: 'status' });
		}
		done(locals, params, 'published');
	},
	withdraw: async ({ locals, params }) => {
		const actor = requireStaff(locals);
		try {
			await withdrawProfile(actor, params.profileId);
		} catch (e) {
			return failWith(e, { action: 'status' });
		}
		done(locals, params, 'withdrawn');
	}
};
