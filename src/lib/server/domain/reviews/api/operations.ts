import { noteInput, reviewInput, statusMoveInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const call = { id: "The call's id (uuid)." };
const expression = { id: "The answer's (expression of interest's) id (uuid)." };
const staffOnly = 'Programme staff only: everyone else gets 404, as if it did not exist.';

export const reviewsOperations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/calls/{id}/answers',
		operationId: 'listCallAnswers',
		summary: 'The answers to a call, with their review averages',
		description: `Every answer but drafts; \`?status=\` (e.g. \`under_review\`) keeps one status. ${staffOnly}`,
		pathParameters: call,
		response: 'AnswerList',
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/calls/{id}/answers/export',
		operationId: 'exportCallAnswers',
		summary: 'The answers to a call as a CSV or Excel file',
		description:
			'`?format=csv` (UTF-8 with a byte order mark; texts that start with = + - @ get a leading apostrophe) or ' +
			'`?format=xlsx`. One row per answer that is not a draft, headers in the language of Accept-Language. ' +
			`Answers the file itself (Content-Disposition: attachment). ${staffOnly}`,
		pathParameters: call,
		response: null,
		errors: [400, 404]
	},
	{
		method: 'post',
		path: '/api/v1/calls/{id}/answers/status',
		operationId: 'moveCallAnswers',
		summary: 'Move answers of a call to another status, all or nothing',
		description:
			'Each answer must belong to the call (field `expressionIds`) and each move must be allowed; the first that ' +
			'is not is named by its organisation (field `to`) and none moves. Each applicant is e-mailed in their ' +
			`language, with the reason when given. \`matched\` is reached only by accepting a match. ${staffOnly}`,
		pathParameters: call,
		body: statusMoveInput,
		response: 'StatusMoveResult',
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/expressions/{id}/reviews',
		operationId: 'listExpressionReviews',
		summary: 'Every review of an answer, and the averages',
		description: staffOnly,
		pathParameters: expression,
		response: 'ReviewList',
		errors: [404]
	},
	{
		method: 'put',
		path: '/api/v1/expressions/{id}/review',
		operationId: 'saveMyExpressionReview',
		summary: 'Save your own scores of an answer',
		description:
			'Every criterion of the call needs a score 1–5 (field `scores.<criterionId>.score`); unknown criteria are ' +
			`refused; it replaces your earlier review. Withdrawn answers cannot be scored (field \`status\`). ${staffOnly}`,
		pathParameters: expression,
		body: reviewInput,
		response: 'ReviewDocument',
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/expressions/{id}/notes',
		operationId: 'listExpressionNotes',
		summary: 'The internal notes on an answer',
		description: staffOnly,
		pathParameters: expression,
		response: 'ExpressionNoteList',
		errors: [404]
	},
	{
		method: 'post',
		path: '/api/v1/expressions/{id}/notes',
		operationId: 'addExpressionNote',
		summary: 'Add an internal note to an answer',
		description: `Applicants never see notes. ${staffOnly}`,
		pathParameters: expression,
		body: noteInput,
		response: 'ExpressionNoteDocument',
		status: 201,
		errors: [400, 404]
	}
];
