import { tokenInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

export const tokensOperations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/tokens',
		operationId: 'listApiTokens',
		summary: 'Your personal API tokens',
		description: 'Tokens that are not revoked, expired ones included (marked `expired`). Never their secrets.',
		response: 'ApiTokenList',
		errors: []
	},
	{
		method: 'post',
		path: '/api/v1/tokens',
		operationId: 'createApiToken',
		summary: 'Make a personal API token',
		description:
			'Only from a signed-in session (the cookie of the web app), with your current password in `password`: ' +
			'a request made with a personal API token is refused (403), so a token cannot make another that outlives it. ' +
			'A wrong password answers 400 (`fields.password`); 5 wrong ones in 15 minutes answer 429 with Retry-After. ' +
			'The token acts as you until revoked or expired; a password reset revokes all your tokens. ' +
			'Its secret is in this answer only: Glokal keeps a hash of it.',
		body: tokenInput,
		response: 'CreatedApiToken',
		status: 201,
		errors: [400, 403, 429]
	},
	{
		method: 'delete',
		path: '/api/v1/tokens/{id}',
		operationId: 'revokeApiToken',
		summary: 'Revoke one of your personal API tokens',
		description: 'It stops working at once. Another person’s token, or one already revoked, is not found.',
		pathParameters: { id: 'The token’s id.' },
		response: null,
		errors: [404]
	}
];
