import { error } from '@sveltejs/kit';
import { getPublishedProfile } from '$lib/server/domain/profiles/queries';
import { profileView } from '$lib/server/domain/profiles/present';
import type { PageServerLoad } from './$types';

/** One published profile; drafts, withdrawn profiles and unknown ids are not found. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const profile = await getPublishedProfile(params.id);
	if (!profile) error(404, 'Not found');
	return { profile: profileView(profile, locals.locale) };
};
