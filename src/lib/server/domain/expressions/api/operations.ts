import { z } from 'zod';
import { expressionInput, withdrawInput } from '../schemas';
import { expressionListQuery } from './reads';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const id = { id: "The expression of interest's id (uuid)." };
const owners =
	'For its applicant and the coordinators of its organisation; anyone else gets 404 (an answer of another organisation does not exist for you).';

/** A new answer may be submitted at once. */
const createBody = expressionInput.extend({
	submit: z.boolean().optional().describe('Submit at once (the answer must then be complete).')
});

export const expressionsOperations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/expressions',
		operationId: 'listExpressions',
		summary: 'Your expressions of interest',
		description:
			'The answers you applied with or that an organisation you coordinate gave; staff get every answer but drafts. `?call=<id>` keeps one call’s, `?page=` and `?limit=` (at most 100) page through them.',
		query: {
			schema: expressionListQuery,
			descriptions: {
				call: 'Only the answers to this call (its id).',
				page: 'The page, from 1.',
				limit: 'Answers per page, at most 100 (25 unless given).'
			}
		},
		response: 'ExpressionList',
		errors: [400]
	},
	{
		method: 'post',
		path: '/api/v1/calls/{id}/expressions',
		operationId: 'createExpression',
		summary: 'Answer a call (a draft, or submitted at once)',
		description:
			'Creates or updates your organisation’s one answer to the call. Only coordinators (members get 403); the call must be open (409) and the organisation eligible (field `organisationId`). `challengeAreas` are keys of the programme’s list of challenge areas (an unknown key is a field error). With `submit: true`, missing answers are field errors (`answers.<questionId>`, `confirmations.<requirementId>`, `challenge`, `themeId`, and `challengeAreas` when none was chosen and none is recognised in the challenge) and a receipt is mailed.',
		pathParameters: { id: "The call's id (uuid)." },
		body: createBody,
		response: 'ExpressionDocument',
		status: 201,
		errors: [400, 403, 404, 409]
	},
	{
		method: 'get',
		path: '/api/v1/expressions/{id}',
		operationId: 'getExpression',
		summary: 'An expression of interest with its call and status timeline',
		description: `${owners} Staff see every answer but drafts. Reviews and notes are not included.`,
		pathParameters: id,
		response: 'ExpressionDocument',
		errors: [404]
	},
	{
		method: 'patch',
		path: '/api/v1/expressions/{id}',
		operationId: 'updateExpression',
		summary: 'Change a draft',
		description: `Only the fields sent change. A submitted answer cannot change (409), nor a draft once the call closed (409). ${owners}`,
		pathParameters: id,
		body: expressionInput.omit({ organisationId: true }).partial(),
		response: 'ExpressionDocument',
		errors: [400, 404, 409]
	},
	{
		method: 'post',
		path: '/api/v1/expressions/{id}/submit',
		operationId: 'submitExpression',
		summary: 'Submit a draft',
		description: `Any fields sent are saved first. Missing answers are field errors; a receipt is mailed in the applicant’s language. ${owners}`,
		pathParameters: id,
		body: expressionInput.omit({ organisationId: true }).partial(),
		response: 'ExpressionDocument',
		errors: [400, 404, 409]
	},
	{
		method: 'post',
		path: '/api/v1/expressions/{id}/withdraw',
		operationId: 'withdrawExpression',
		summary: 'Withdraw an expression of interest',
		description: `Possible until it is matched or declined (field \`status\`). The reason is optional and goes into the mail. ${owners}`,
		pathParameters: id,
		body: withdrawInput,
		response: 'ExpressionDocument',
		errors: [400, 404]
	}
];
