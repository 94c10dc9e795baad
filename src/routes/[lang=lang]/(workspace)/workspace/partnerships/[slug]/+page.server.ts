import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localize } from '$lib/i18n/translated';
import { phaseLabel } from '$lib/labels';
import { countryName } from '$lib/server/domain/countries/names';
import { addParty } from '$lib/server/domain/partnerships/add-party';
import { movePhase } from '$lib/server/domain/partnerships/move-phase';
import { publishPartnership } from '$lib/server/domain/partnerships/publish-partnership';
import { nextPhases } from '$lib/server/domain/partnerships/phases';
import type {
	PartnershipUpdateInput,
	PartyChangeInput,
	PhaseMoveInput,
	PublicationInput
} from '$lib/server/domain/partnerships/schemas';
import { removeParty } from '$lib/server/domain/partnerships/remove-party';
import { updatePartnership } from '$lib/server/domain/partnerships/update-partnership';
import { partnershipChoices, partnershipDetail, phaseTimeline } from '$lib/server/domain/partnerships/workspace';
import { failWith, formFields, formInput, orErrorPage } from '$lib/server/form-actions';
import type { Actions, PageServerLoad } from './$types';

type Which = 'edit' | 'move' | 'terminate' | 'add-party' | 'remove-party' | 'publish';

/** A use case's refusal for one of the page's forms: `which` tells the page where to show it. */
function failOn(which: Which, error: unknown, data: FormData) {
	const failure = failWith(error, formFields(data));
	return fail(failure.status, { ...failure.data, which });
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const locale = locals.locale;
	const detail = await orErrorPage(partnershipDetail(locals.actor, { slug: params.slug }));
	const { partnership } = detail;
	const [timeline, choices] = await Promise.all([
		phaseTimeline(partnership.id),
		detail.canEdit ? partnershipChoices() : null
	]);
	const name = (value: Parameters<typeof localize>[0]) => localize(value, locale).text;
	const partyIds = new Set(detail.parties.map((p) => p.id));
	return {
		summary: {
			challenge: localize(partnership.challenge, locale),
			programme: name(detail.programme.name),
			theme: localize(detail.theme.name, locale),
			network: detail.network ? { slug: detail.network.slug, name: localize(detail.network.name, locale) } : null,
			startDate: partnership.startDate,
			endDate: partnership.endDate,
			projectStartDate: partnership.projectStartDate,
			projectEndDate: partnership.projectEndDate,
			projectYears: { min: detail.programme.projectMinYears, max: detail.programme.projectMaxYears }
		},
		partyRows: detail.parties.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			country: countryName(p.countryCode, locale),
			isSwedish: p.countryCode === 'SE'
		})),
		warnings: detail.warnings.map((w) => ({ code: w.code, message: w.message })),
		timeline: timeline.map((t) => ({
			id: t.id,
			fromPhase: t.fromPhase,
			toPhase: t.toPhase,
			reason: t.reason,
			changedAt: t.changedAt.toISOString(),
			changedBy: t.changedBy
		})),
		editing: choices
			? {
					title: partnership.title,
					challenge: partnership.challenge,
					startDate: partnership.startDate,
					endDate: partnership.endDate,
					themeId: detail.theme.id,
					networkId: detail.network?.id ?? '',
					themes: choices.themes.map((t) => ({ value: t.id, label: name(t.name) })),
					networks: choices.networks.map((n) => ({
						value: n.id,
						label: `${name(n.name)} (${n.startYear}–${n.endYear})`
					}))
				}
			: null,
		managing: detail.canManage
			? {
					nextPhases: nextPhases(partnership.phase).filter((p) => p !== 'terminated'),
					canTerminate: nextPhases(partnership.phase).includes('terminated'),
					organisations: (choices?.organisations ?? [])
						.filter((o) => !partyIds.has(o.id))
						.map((o) => ({ value: o.id, label: `${o.name} (${countryName(o.countryCode, locale)})` }))
				}
			: null
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const data = await request.formData();
		try {
			await updatePartnership(locals.actor, { slug: params.slug }, formInput(data) as PartnershipUpdateInput);
		} catch (error) {
			return failOn('edit', error, data);
		}
		return { which: 'edit' as Which, done: m.partnership_edit_saved() };
	},
	move: async ({ locals, params, request }) => {
		const data = await request.formData();
		const to = data.get('to');
		const which: Which = to === 'terminated' ? 'terminate' : 'move';
		// Ending a partnership cannot be undone: the form asks for a deliberate tick first.
		if (to === 'terminated' && !data.has('confirm'))
			return fail(400, {
				which,
				errors: { confirm: m.phase_terminate_confirm_required() },
				values: formFields(data)
			});
		try {
			const { partnership } = await movePhase(locals.actor, { slug: params.slug }, formInput(data) as PhaseMoveInput);
			return { which, done: m.phase_move_done({ phase: phaseLabel(partnership.phase) }) };
		} catch (error) {
			return failOn(which, error, data);
		}
	},
	publish: async ({ locals, params, request }) => {
		const data = await request.formData();
		// Showing a partnership to everyone, or taking it back, asks for a deliberate tick first.
		if (!data.has('confirm'))
			return fail(400, {
				which: 'publish' as Which,
				errors: { confirm: m.partnership_publicity_confirm_required() },
				values: formFields(data)
			});
		try {
			const updated = await publishPartnership(
				locals.actor,
				{ slug: params.slug },
				formInput(data) as PublicationInput
			);
			return {
				which: 'publish' as Which,
				done: updated.publishedAt ? m.partnership_published_done() : m.partnership_unpublished_done()
			};
		} catch (error) {
			return failOn('publish', error, data);
		}
	},
	addParty: async ({ locals, params, request }) => {
		const data = await request.formData();
		try {
			await addParty(locals.actor, { slug: params.slug }, formInput(data) as PartyChangeInput);
		} catch (error) {
			return failOn('add-party', error, data);
		}
		return { which: 'add-party' as Which, done: m.partnership_party_added() };
	},
	removeParty: async ({ locals, params, request }) => {
		const data = await request.formData();
		try {
			await removeParty(locals.actor, { slug: params.slug }, formInput(data) as PartyChangeInput);
		} catch (error) {
			return failOn('remove-party', error, data);
		}
		return { which: 'remove-party' as Which, done: m.partnership_party_removed() };
	}
};
