import { fail } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';
import { expressionStatusLabel } from '$lib/labels';
import { countryName } from '$lib/server/domain/countries/names';
import type { ExpressionStatus } from '$lib/server/domain/expressions/statuses';
import { acceptMatch } from '$lib/server/domain/matchmaking/accept-match';
import { explainedAssignment, explainedSuggestions } from '$lib/server/domain/matchmaking/present';
import { listMatches, matchingCall } from '$lib/server/domain/matchmaking/queries';
import { matchInput } from '$lib/server/domain/matchmaking/schemas';
import { failWith, orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { isUuid, toFieldErrors } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

/** How many suggestions the page shows at once (one applicant's list is never longer than the profiles). */
const SHOWN = 50;

/**
 * Staff: the ranked suggestions of a partner-search call (all, or one applicant's with its exclusions),
 * "suggest for all" when asked (?all=1), a form to pick any pair, and the pairs accepted so far.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const locale = locals.locale;
	const call = await orErrorPage(matchingCall(actor, params.id));
	const summary = { id: call.id, slug: call.slug, kind: call.kind, title: localize(call.title, locale) };
	if (call.kind !== 'partner_search') return { call: summary, matching: null };

	const chosen = url.searchParams.get('applicant');
	const applicantId = isUuid(chosen) ? chosen : undefined;
	const showAll = url.searchParams.get('all') === '1';
	// One after the other: each brings stale concepts up to date first.
	const suggestions = await orErrorPage(
		explainedSuggestions(actor, call.id, { expressionId: applicantId, limit: SHOWN }, locale)
	);
	const assignment = showAll ? await orErrorPage(explainedAssignment(actor, call.id, locale)) : null;
	const accepted = await listMatches(actor, call.id);

	return {
		call: summary,
		matching: {
			applicantId: applicantId ?? null,
			showAll,
			applicants: suggestions.applicants.map((a) => ({
				value: a.expressionId,
				label: m.matchmaking_applicant_option({
					organisation: a.organisationName,
					status: expressionStatusLabel(a.status as ExpressionStatus)
				})
			})),
			profiles: suggestions.profiles.map((p) => ({
				value: p.profileId,
				label: m.matchmaking_profile_option({
					organisation: p.organisationName,
					country: countryName(p.countryCode, locale),
					matched: String(p.matched),
					max: String(p.maxMatches)
				})
			})),
			suggestions: suggestions.suggestions,
			excluded: suggestions.excluded,
			assignment: assignment?.assignment ?? null,
			accepted: accepted.map((row) => ({
				id: row.id,
				applicant: row.applicant.name,
				profile: `${row.profile.name}, ${countryName(row.profile.countryCode, locale)}`,
				partnership: row.partnership
					? { slug: row.partnership.slug, title: localize(row.partnership.title, locale) }
					: null,
				score: row.score,
				acceptedAt: row.acceptedAt,
				acceptedBy: row.acceptedBy
			}))
		}
	};
};

async function accept(locals: App.Locals, callId: string, data: FormData) {
	return acceptMatch(requireStaff(locals), {
		callId,
		expressionId: String(data.get('expressionId') ?? ''),
		profileId: String(data.get('profileId') ?? '')
	});
}

export const actions: Actions = {
	/** Accepting a suggested pair (confirmed in the row). */
	accept: async ({ locals, params, request }) => {
		const data = await request.formData();
		const values = {
			expressionId: String(data.get('expressionId') ?? ''),
			profileId: String(data.get('profileId') ?? '')
		};
		try {
			const accepted = await accept(locals, params.id, data);
			return { accepted };
		} catch (e) {
			const failure = failWith(e, values);
			return fail(failure.status, { accept: failure.data });
		}
	},
	/** Accepting a pair picked by hand: the box must be ticked, then the same rules as any accept. */
	pick: async ({ locals, params, request }) => {
		const data = await request.formData();
		const values = {
			expressionId: String(data.get('expressionId') ?? ''),
			profileId: String(data.get('profileId') ?? '')
		};
		// Every missing choice at once, before anything is tried.
		const parsed = matchInput.safeParse(values);
		const errors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
		if (!data.has('confirm')) errors.confirm = m.matchmaking_pick_confirm_missing();
		if (Object.keys(errors).length > 0) return fail(400, { pick: { errors, values } });
		try {
			const accepted = await accept(locals, params.id, data);
			return { accepted };
		} catch (e) {
			const failure = failWith(e, values);
			return fail(failure.status, { pick: failure.data });
		}
	}
};
