import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { countryName } from '$lib/server/domain/countries/names';
import { profileOrganisationChoices } from '$lib/server/domain/profiles/options';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import { myProfiles } from '$lib/server/domain/profiles/queries';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import { failWith } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The profiles of my organisations: coordinators edit, publish and withdraw them; members read. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const [profiles, choices] = await Promise.all([myProfiles(locals.actor), profileOrganisationChoices(locals.actor)]);
	return {
		canCreate: choices.length > 0,
		notice: url.searchParams.has('published') ? 'published' : url.searchParams.has('withdrawn') ? 'withdrawn' : null,
		profiles: profiles.map((p) => ({
			id: p.id,
			status: p.status,
			canEdit: p.canEdit,
			organisation: p.organisation.name,
			country: countryName(p.organisation.countryCode, locals.locale),
			theme: localize(p.theme.name, locals.locale),
			call: { slug: p.call.slug, title: localize(p.call.title, locals.locale) }
		}))
	};
};

async function change(locals: App.Locals, request: Request, use: typeof publishProfile, done: string) {
	const id = String((await request.formData()).get('id') ?? '');
	try {
		await use(locals.actor, id);
	} catch (error) {
		return failWith(error, { id });
	}
	redirect(303, `/${locals.locale}/workspace/profiles?${done}`);
}

export const actions: Actions = {
	publish: ({ locals, request }) => change(locals, request, publishProfile, 'published'),
	withdraw: ({ locals, request }) => change(locals, request, withdrawProfile, 'withdrawn')
};
