import { fail } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { expressionStatuses } from '$lib/server/db/schema';
import { countryName } from '$lib/server/domain/countries/names';
import { staffMovesFrom, type ExpressionStatus } from '$lib/server/domain/expressions/statuses';
import { moveStatuses } from '$lib/server/domain/reviews/move-statuses';
import { listAnswers } from '$lib/server/domain/reviews/queries';
import type { StatusMoveInput } from '$lib/server/domain/reviews/schemas';
import { failWith, formInput, orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { pageFromUrl } from '$lib/server/pagination';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 100;

/** Every status staff can move an answer to from some status: the choices of the bulk move. */
const bulkTargets = [...new Set(expressionStatuses.flatMap((s) => staffMovesFrom(s)))];

function statusFilter(url: URL): ExpressionStatus | null {
	const raw = url.searchParams.get('status');
	return (expressionStatuses as readonly string[]).includes(raw ?? '') ? (raw as ExpressionStatus) : null;
}

/** Staff: the answers to a call, best average first, with the bulk move and the export. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const status = statusFilter(url);
	const { call, answers } = await orErrorPage(listAnswers(actor, params.id, { status }));
	const pages = Math.max(1, Math.ceil(answers.length / PER_PAGE));
	const requested = pageFromUrl(url);
	const page = requested <= pages ? requested : 1;
	return {
		call: { id: call.id, slug: call.slug, title: localize(call.title, locals.locale) },
		criteria: call.criteria.map((c) => ({ id: c.id, label: localize(c.label, locals.locale) })),
		status,
		/** The address, for the filter form and the page links (which keep the filter). */
		address: { path: url.pathname, query: url.search },
		statuses: expressionStatuses.filter((s) => s !== 'draft'),
		bulkTargets,
		total: answers.length,
		page,
		pages,
		answers: answers.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((a) => ({
			id: a.id,
			organisation: a.organisation?.name ?? '—',
			country: a.organisation ? countryName(a.organisation.countryCode, locals.locale) : '',
			status: a.status,
			submittedAt: a.submittedAt,
			reviewCount: a.reviewCount,
			averages: a.averages,
			reviewedByMe: a.reviewedByMe
		}))
	};
};

export const actions: Actions = {
	move: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		const values = { to: String(data.get('to') ?? ''), reason: String(data.get('reason') ?? '') };
		const input = formInput(data, { arrays: ['expressionIds'], booleans: ['confirm'] });
		if (!input.confirm)
			return fail(400, { errors: { confirm: m.review_error_confirm() } as Record<string, string>, values });
		try {
			const { moved, to } = await moveStatuses(actor, params.id, input as StatusMoveInput);
			return { moved: moved.length, to };
		} catch (e) {
			return failWith(e, values);
		}
	}
};
