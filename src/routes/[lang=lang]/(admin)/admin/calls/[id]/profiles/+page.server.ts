import { error, redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { countryName } from '$lib/server/domain/countries/names';
import { profileCallSummary } from '$lib/server/domain/profiles/options';
import { publishProfile } from '$lib/server/domain/profiles/publish-profile';
import { profilesOfCall } from '$lib/server/domain/profiles/queries';
import { withdrawProfile } from '$lib/server/domain/profiles/withdraw-profile';
import { failWith } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Staff: every profile of a partner-search call, in any status, with publish and withdraw. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const call = await profileCallSummary(params.id);
	if (!call) error(404, 'Not found');
	const profiles = await profilesOfCall(call.id);
	return {
		call: { id: call.id, slug: call.slug, kind: call.kind, title: localize(call.title, locals.locale) },
		notice: url.searchParams.has('published') ? 'published' : url.searchParams.has('withdrawn') ? 'withdrawn' : null,
		profiles: profiles.map((p) => ({
			id: p.id,
			status: p.status,
			organisation: p.organisation.name,
			country: countryName(p.organisation.countryCode, locals.locale),
			theme: localize(p.theme.name, locals.locale),
			maxMatches: p.maxMatches,
			matchesLeft: p.matchesLeft
		}))
	};
};

async function change(locals: App.Locals, request: Request, callId: string, use: typeof publishProfile, done: string) {
	const actor = requireStaff(locals);
	const id = String((await request.formData()).get('id') ?? '');
	try {
		await use(actor, id);
	} catch (e) {
		return failWith(e, { id });
	}
	redirect(303, `/${locals.locale}/admin/calls/${callId}/profiles?${done}`);
}

export const actions: Actions = {
	publish: ({ locals, request, params }) => change(locals, request, params.id, publishProfile, 'published'),
	withdraw: ({ locals, request, params }) => change(locals, request, params.id, withdrawProfile, 'withdrawn')
};
