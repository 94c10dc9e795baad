import { planInput } from '$lib/server/domain/plan/schemas';
import {
	indicatorInput,
	indicatorPatch,
	periodInput,
	periodPatch,
	resultInput,
	resultPatch
} from '$lib/server/domain/results/schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const partnership = { id: 'The partnership’s id (uuid).' };
const result = { ...partnership, resultId: 'The result’s id, a result of this partnership.' };
const indicator = { ...result, indicatorId: 'The indicator’s id, an indicator of this result.' };
const period = { ...indicator, periodId: 'The period’s id, a period of this indicator.' };

const base = '/api/v1/partnerships/{id}';
const results = `${base}/results`;
const indicators = `${results}/{resultId}/indicators`;
const periods = `${indicators}/{indicatorId}/periods`;

const patchNote =
	'The fields given replace the stored ones (a translated text replaces all its languages; null clears an optional field); the whole is then checked again.';

export const planOperations: Operation[] = [
	{
		method: 'get',
		path: `${base}/plan`,
		operationId: 'getPlan',
		summary: 'A partnership’s project plan',
		pathParameters: partnership,
		response: 'PlanDocument',
		errors: [404]
	},
	{
		method: 'put',
		path: `${base}/plan`,
		operationId: 'updatePlan',
		summary: 'Replace a partnership’s project plan',
		description:
			'What is left out is cleared. Each target must belong to a chosen goal; the project period must last as long as the programme allows (`projectYears`); `mutualBenefit` is keyed by party organisation id. Staff and coordinators of a party.',
		pathParameters: partnership,
		body: planInput,
		response: 'PlanDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'get',
		path: results,
		operationId: 'getResultsFramework',
		summary: 'A partnership’s results, indicators with progress, and periods',
		pathParameters: partnership,
		response: 'ResultsFramework',
		errors: [404]
	},
	{
		method: 'post',
		path: results,
		operationId: 'addResult',
		summary: 'Add a result (an output or an outcome)',
		pathParameters: partnership,
		body: resultInput,
		response: 'ResultDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${results}/{resultId}`,
		operationId: 'updateResult',
		summary: 'Change a result',
		description: patchNote,
		pathParameters: result,
		body: resultPatch,
		response: 'ResultDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${results}/{resultId}`,
		operationId: 'removeResult',
		summary: 'Remove a result with its indicators and periods',
		pathParameters: result,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	},
	{
		method: 'post',
		path: indicators,
		operationId: 'addIndicator',
		summary: 'Add an indicator to a result',
		description:
			'Quantitative: baseline value and year and target value (unit and target year optional). Qualitative: baseline and target in words.',
		pathParameters: result,
		body: indicatorInput,
		response: 'IndicatorDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${indicators}/{indicatorId}`,
		operationId: 'updateIndicator',
		summary: 'Change an indicator (its kind stays)',
		description: patchNote,
		pathParameters: indicator,
		body: indicatorPatch,
		response: 'IndicatorDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${indicators}/{indicatorId}`,
		operationId: 'removeIndicator',
		summary: 'Remove an indicator with its periods',
		pathParameters: indicator,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	},
	{
		method: 'post',
		path: periods,
		operationId: 'addPeriod',
		summary: 'Record an indicator’s actual for a period',
		description:
			'One period per indicator and start date (a second is refused on `periodStart`). `actualValue` for quantitative indicators, `actualText` for qualitative ones.',
		pathParameters: indicator,
		body: periodInput,
		response: 'PeriodDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'patch',
		path: `${periods}/{periodId}`,
		operationId: 'updatePeriod',
		summary: 'Change a period',
		description: patchNote,
		pathParameters: period,
		body: periodPatch,
		response: 'PeriodDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'delete',
		path: `${periods}/{periodId}`,
		operationId: 'removePeriod',
		summary: 'Remove a period',
		pathParameters: period,
		response: null,
		status: 204,
		errors: [403, 404, 409]
	}
];
