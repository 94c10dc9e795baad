import { redirect } from '@sveltejs/kit';
import { addIndicator } from '$lib/server/domain/results/add-indicator';
import { addPeriod } from '$lib/server/domain/results/add-period';
import { addResult } from '$lib/server/domain/results/add-result';
import { getResultsFramework, type FrameworkResult } from '$lib/server/domain/results/queries';
import { removeIndicator } from '$lib/server/domain/results/remove-indicator';
import { removePeriod } from '$lib/server/domain/results/remove-period';
import { removeResult } from '$lib/server/domain/results/remove-result';
import type { IndicatorInput, PeriodInput, ResultInput } from '$lib/server/domain/results/schemas';
import { updateIndicator } from '$lib/server/domain/results/update-indicator';
import { updatePeriod } from '$lib/server/domain/results/update-period';
import { updateResult } from '$lib/server/domain/results/update-result';
import { failWith, formFields, formInput, orErrorPage } from '$lib/server/form-actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { doneMessages, type DoneCode, type Panel } from './panel';

/**
 * The results tab: results → indicators (with progress) → periods. Editors open one form at a time
 * (see panel.ts); removals ask first, in the page itself.
 */
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const results = await orErrorPage(getResultsFramework(locals.actor, { slug: params.slug }));
	const { canEdit } = await parent();
	const done = url.searchParams.get('done');
	return {
		results,
		panel: canEdit ? openPanel(url.searchParams, results) : null,
		done: done && done in doneMessages ? (done as DoneCode) : null
	};
};

/** The panel the address asks for, if everything it names is there. */
function openPanel(query: URLSearchParams, results: FrameworkResult[]): Panel | null {
	const form = query.get('form');
	if (form === 'add-result') return { form };
	const result = results.find((r) => r.id === query.get('result'));
	if (!result) return null;
	if (form === 'edit-result' || form === 'add-indicator') return { form, result: result.id };
	const indicator = result.indicators.find((i) => i.id === query.get('indicator'));
	if (!indicator) return null;
	const ids = { result: result.id, indicator: indicator.id };
	if (form === 'edit-indicator' || form === 'add-period') return { form, ...ids };
	const period = indicator.periods.find((p) => p.id === query.get('period'));
	if (form === 'edit-period' && period) return { form, ...ids, period: period.id };
	return null;
}

/**
 * Runs a use case with the submitted form. Done: back to the tab with a notice, at what changed. Refused:
 * the same form again with each message next to its field and what was typed (`_action` names the form).
 */
async function submit(
	event: RequestEvent,
	action: string,
	run: (
		form: Record<string, unknown>,
		ids: { resultId: string; indicatorId: string; periodId: string }
	) => Promise<unknown>,
	done: DoneCode,
	anchor: (ids: { resultId: string; indicatorId: string }, created: unknown) => string
) {
	const data = await event.request.formData();
	const fields = formFields(data);
	const ids = {
		resultId: fields.resultId ?? '',
		indicatorId: fields.indicatorId ?? '',
		periodId: fields.periodId ?? ''
	};
	let created: unknown;
	try {
		created = await run(formInput(data), ids);
	} catch (error) {
		return failWith(error, { ...fields, _action: action });
	}
	const base = `/${event.locals.locale}/workspace/partnerships/${event.params.slug}/results`;
	redirect(303, `${base}?done=${done}#${anchor(ids, created)}`);
}

const idOf = (created: unknown) => (created as { id: string }).id;
const atResult = (ids: { resultId: string }) => `result-${ids.resultId}`;
const atIndicator = (ids: { indicatorId: string }) => `indicator-${ids.indicatorId}`;

export const actions: Actions = {
	addResult: (event) =>
		submit(
			event,
			'addResult',
			(form) => addResult(event.locals.actor, { slug: event.params.slug }, form as ResultInput),
			'result_added',
			(_, created) => `result-${idOf(created)}`
		),
	updateResult: (event) =>
		submit(
			event,
			'updateResult',
			(form, ids) => updateResult(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }, form),
			'result_updated',
			atResult
		),
	removeResult: (event) =>
		submit(
			event,
			'removeResult',
			(_, ids) => removeResult(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }),
			'result_removed',
			() => 'results-heading'
		),
	addIndicator: (event) =>
		submit(
			event,
			'addIndicator',
			(form, ids) =>
				addIndicator(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }, form as IndicatorInput),
			'indicator_added',
			(_, created) => `indicator-${idOf(created)}`
		),
	updateIndicator: (event) =>
		submit(
			event,
			'updateIndicator',
			(form, ids) => updateIndicator(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }, form),
			'indicator_updated',
			atIndicator
		),
	removeIndicator: (event) =>
		submit(
			event,
			'removeIndicator',
			(_, ids) => removeIndicator(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }),
			'indicator_removed',
			atResult
		),
	addPeriod: (event) =>
		submit(
			event,
			'addPeriod',
			(form, ids) =>
				addPeriod(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }, form as PeriodInput),
			'period_added',
			atIndicator
		),
	updatePeriod: (event) =>
		submit(
			event,
			'updatePeriod',
			(form, ids) => updatePeriod(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }, form),
			'period_updated',
			atIndicator
		),
	removePeriod: (event) =>
		submit(
			event,
			'removePeriod',
			(_, ids) => removePeriod(event.locals.actor, { partnership: { slug: event.params.slug }, ...ids }),
			'period_removed',
			atIndicator
		)
};
