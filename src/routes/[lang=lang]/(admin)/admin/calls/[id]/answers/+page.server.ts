import { fail } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { expressionStatuses } from '$lib/server/domain/expressions/statuses';
import { countryName } from '$lib/server/domain/countries/names';
import { staffMovesFrom, type ExpressionStatus } from '$lib/server/domain/expressions/statuses';
import { moveStatuses } from '$lib/server/domain/reviews/move-statuses';
import { listAnswers } from '$lib/server/domain/reviews/queries';
import type { StatusMoveInput } from '$lib/server/domain/reviews/schemas';
import { failWith, formInput, orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { listParams, listState, pageOf, type ListSpec } from '$lib/server/list-params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

type AnswerSort = 'organisation' | 'country' | 'status' | 'submitted' | 'reviews' | 'average';
/** Best average first, as reviewers rank; every order is on the answers already read for the call. */
const answerList: ListSpec<AnswerSort> = {
	sorts: ['average', 'organisation', 'country', 'status', 'submitted', 'reviews'],
	defaultSort: 'average',
	defaultDir: 'desc',
	per: 100
};

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
	const rows = answers.map((a) => ({
		id: a.id,
		organisation: a.organisation?.name ?? '—',
		country: a.organisation ? countryName(a.organisation.countryCode, locals.locale) : '',
		status: a.status,
		submittedAt: a.submittedAt,
		reviewCount: a.reviewCount,
		averages: a.averages,
		reviewedByMe: a.reviewedByMe
	}));
	type Row = (typeof rows)[number];
	const text = (a: string, b: string) => a.localeCompare(b, locals.locale);
	// Missing values (no average, not submitted) sort as the lowest, so they end a best-first list.
	const number = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);
	const time = (at: Date | string | null) => (at ? new Date(at).getTime() : null);
	const order = listParams(url, answerList);
	const shown = pageOf(rows, order, {
		organisation: (a: Row, b: Row) => text(a.organisation, b.organisation),
		country: (a, b) => text(a.country, b.country),
		status: (a, b) => text(a.status, b.status),
		submitted: (a, b) => number(time(a.submittedAt), time(b.submittedAt)),
		reviews: (a, b) => a.reviewCount - b.reviewCount,
		average: (a, b) => number(a.averages.overall, b.averages.overall)
	});
	return {
		call: { id: call.id, slug: call.slug, title: localize(call.title, locals.locale) },
		criteria: call.criteria.map((c) => ({ id: c.id, label: localize(c.label, locals.locale) })),
		status,
		/** The address, for the filter form and the page links (which keep the filter). */
		address: { path: url.pathname, query: url.search },
		statuses: expressionStatuses.filter((s) => s !== 'draft'),
		bulkTargets,
		total: answers.length,
		list: listState(answerList, { ...order, page: shown.page }, shown.total),
		answers: shown.items
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
