import { z } from 'zod';
import { apiSchemas } from '$lib/server/api/schemas';

// Answers of /api/v1/tokens. A token's secret appears in one answer only: the one that creates it.

export const apiTokenSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		prefix: z.string().describe('The first characters of the token, to tell tokens apart.'),
		createdAt: z.iso.datetime(),
		lastUsedAt: z.iso.datetime().nullable().describe('Updated at most once a minute.'),
		expiresAt: z.iso.datetime().nullable().describe('Null: the token does not expire.'),
		expired: z.boolean()
	})
	.describe('A personal API token, without its secret.')
	.register(apiSchemas, { id: 'ApiToken' });

export const apiTokenListSchema = z
	.object({ data: z.array(apiTokenSchema).describe('Your tokens that are not revoked, newest first.') })
	.register(apiSchemas, { id: 'ApiTokenList' });

export const createdApiTokenSchema = z
	.object({
		token: apiTokenSchema,
		secret: z
			.string()
			.regex(/^glk_[A-Za-z0-9_-]{43}$/)
			.describe('The token itself, for `Authorization: Bearer …`. Shown only in this answer: store it now.')
	})
	.register(apiSchemas, { id: 'CreatedApiToken' });
