import { z } from 'zod';
import { partnershipListQuery } from '../domain/partnerships/schemas';
import { callListQuery } from '../domain/calls/schemas';
import { profileListQuery } from '../domain/profiles/schemas';
import { operations } from './operations';
import type { Operation } from './operation';
import { apiSchemas } from './schemas';

// The OpenAPI document is generated from the zod schemas the API validates and answers with, so the
// published constraints (limit ≤ 100, country pattern, …) cannot drift from the code.

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const jsonContent = (id: string) => ({ 'application/json': { schema: ref(id) } });

const cacheHeaders = {
	'cache-control': {
		description: 'Public reads may be cached for a minute: `public, max-age=60`.',
		schema: { type: 'string' }
	}
};

const errorResponse = (description: string) => ({ description, content: jsonContent('Error') });

const parameterDescriptions: Record<keyof typeof partnershipListQuery.shape, string> = {
	network: 'Only partnerships in this network (its slug, e.g. `human-rights`).',
	theme: 'Only partnerships on this theme (its slug, e.g. `gender-equality`).',
	country: 'Only partnerships with a party in this country: ISO 3166-1 alpha-2 code, any case (e.g. `ZA`).',
	page: 'Page number, from 1.',
	limit: 'Partnerships per page.'
};

const callParameterDescriptions: Record<keyof typeof callListQuery.shape, string> = {
	kind: 'Only calls of this kind.',
	page: 'Page number, from 1.',
	limit: 'Calls per page.'
};

const noStore = {
	'cache-control': {
		description: 'Whether a call is open depends on the time: `no-store`.',
		schema: { type: 'string' }
	}
};

const profileParameterDescriptions: Record<keyof typeof profileListQuery.shape, string> = {
	country: 'Only organisations in this country: ISO 3166-1 alpha-2 code, any case (e.g. `CO`).',
	theme: 'Only profiles on this theme (its slug, e.g. `youth-participation`, or its id).',
	call: 'Only profiles in this call (its slug).',
	page: 'Page number, from 1.',
	limit: 'Profiles per page.'
};

const options = {
	target: 'draft-2020-12',
	uri: (id: string) => `#/components/schemas/${id}`,
	// Answers may gain fields without a new API version, so response objects are not closed.
	override: (ctx: { jsonSchema: JsonSchema }) => {
		if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
	}
} as const;

/** Inside an OpenAPI document a schema needs no `$schema` or `$id` of its own. */
function embedded(schema: JsonSchema): JsonSchema {
	delete schema.$schema;
	delete schema.$id;
	return schema;
}

function componentSchemas(): Record<string, JsonSchema> {
	const { schemas } = z.toJSONSchema(apiSchemas, { ...options, io: 'output' }) as {
		schemas: Record<string, JsonSchema>;
	};
	return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

/** Query parameters, one per field of the schema that validates them (input side: what a client sends). */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>) {
	return Object.entries(schema.shape).map(([name, field]) => ({
		name,
		in: 'query',
		required: false,
		description: descriptions[name],
		schema: embedded(z.toJSONSchema(field as z.ZodType, { ...options, io: 'input' }) as JsonSchema)
	}));
}

const errorDescriptions: Record<number, string> = {
	400: 'The body is invalid: `error.fields` names each bad field (code `invalid_input`).',
	401: 'Not signed in and no valid API token (code `unauthenticated`).',
	403: 'You may read this but not change it (code `forbidden`).',
	404: 'Not found, or not yours to see (code `not_found`).',
	409: 'It conflicts with the current state (code `conflict`).',
	413: 'The body is larger than the server takes (code `too_large`; the message says the limit).',
	415: 'The body is not sent as JSON: `Content-Type` must be `application/json` (code `unsupported_media_type`).',
	429:
		'Too many requests (code `rate_limited`), e.g. more than API_TOKEN_RATE_LIMIT a minute (300 by default) with ' +
		'one personal API token. `Retry-After` says after how many seconds to try again.'
};

/** The signed-in endpoints: a path item per path, an operation per method (operations/). */
function operationPaths(list: readonly Operation[]) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of list) {
		const status = String(op.status ?? 200);
		const success =
			op.response === null ? { description: 'Done.' } : { description: 'Done.', content: jsonContent(op.response) };
		const responses: Record<string, unknown> = { [status]: success };
		const bodyErrors = op.body ? [413, 415] : [];
		for (const code of [...new Set([...op.errors, 401, 429, ...bodyErrors])].sort())
			responses[String(code)] = errorResponse(errorDescriptions[code]!);
		responses['500'] = errorResponse('Something failed on the server.');
		(paths[op.path] ??= {})[op.method] = {
			operationId: op.operationId,
			summary: op.summary,
			...(op.description ? { description: op.description } : {}),
			security: [{ bearerToken: [] }, { session: [] }],
			parameters: [
				...Object.entries(op.pathParameters ?? {}).map(([name, description]) => ({
					name,
					in: 'path',
					required: true,
					description,
					schema: { type: 'string' }
				})),
				...(op.query ? queryParameters(op.query.schema, op.query.descriptions) : [])
			],
			...(op.body
				? {
						requestBody: {
							required: true,
							content: {
								'application/json': {
									schema: embedded(
										z.toJSONSchema(op.body, { ...options, io: 'input', unrepresentable: 'any' }) as JsonSchema
									)
								}
							}
						}
					}
				: {}),
			responses
		};
	}
	return paths;
}

/** The public paths with the signed-in operations added: one path may have both (a public GET, a staff POST). */
function withOperations(paths: Record<string, Record<string, unknown>>) {
	for (const [path, methods] of Object.entries(operationPaths(operations)))
		paths[path] = { ...paths[path], ...methods };
	return paths;
}

function buildDocument() {
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Glokal API',
			version: '1.0.0',
			description:
				'The municipal partnership programme: public reads of networks, partnerships and organisations, and ' +
				'signed-in reads and writes of partnerships, their governance, plan and results. Signed-in endpoints take ' +
				'the session cookie or a personal API token (`Authorization: Bearer glk_…`, made in your settings) and ' +
				'answer 404 for what is not yours to see. Texts people write come in Swedish, English and Spanish where written. ' +
				'Error messages follow Accept-Language (sv, en, es; Swedish otherwise). Unknown query parameters are ignored. ' +
				'Text may hold any Unicode but NUL and unpaired surrogates, which answer 400 naming the field or parameter.'
		},
		paths: withOperations({
			'/api/v1/networks': {
				get: {
					operationId: 'listNetworks',
					summary: 'All thematic networks, newest first',
					responses: {
						'200': { description: 'The networks.', headers: cacheHeaders, content: jsonContent('NetworkList') },
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/partnerships': {
				get: {
					operationId: 'listPartnerships',
					summary: 'Partnerships, newest first, filtered and a page at a time',
					parameters: queryParameters(partnershipListQuery, parameterDescriptions),
					responses: {
						'200': {
							description: 'One page; past the last page `data` is empty and `total` still counts all matches.',
							headers: cacheHeaders,
							content: jsonContent('PartnershipPage')
						},
						'400': errorResponse(
							'A parameter is invalid: `error.parameters` names each one (code `invalid_parameters`).'
						),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/organisations/{slug}': {
				get: {
					operationId: 'getOrganisation',
					summary: 'One organisation with its partnerships',
					parameters: [
						{
							name: 'slug',
							in: 'path',
							required: true,
							description: 'The organisation’s slug.',
							schema: { type: 'string' }
						}
					],
					responses: {
						'200': {
							description: 'The organisation.',
							headers: cacheHeaders,
							content: jsonContent('OrganisationDocument')
						},
						'404': errorResponse('No organisation has this slug (code `not_found`).'),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/calls': {
				get: {
					operationId: 'listCalls',
					summary: 'Published calls: upcoming and open first, then closed ones',
					parameters: queryParameters(callListQuery, callParameterDescriptions),
					responses: {
						'200': { description: 'One page of calls.', headers: noStore, content: jsonContent('CallPage') },
						'400': errorResponse(
							'A parameter is invalid: `error.parameters` names each one (code `invalid_parameters`).'
						),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/calls/{id}': {
				get: {
					operationId: 'getCall',
					summary: 'One call with its eligibility, requirements, questions and criteria',
					description: 'Published calls for everyone; staff also see unpublished ones.',
					parameters: [
						{
							name: 'id',
							in: 'path',
							required: true,
							description: 'The call’s id (uuid) or slug.',
							schema: { type: 'string' }
						}
					],
					responses: {
						'200': { description: 'The call.', headers: noStore, content: jsonContent('CallDocument') },
						'404': errorResponse('No published call has this id or slug (code `not_found`).'),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/profiles': {
				get: {
					operationId: 'listPartnerProfiles',
					summary: 'Who seeks a partner: published profiles of published calls, newest first',
					parameters: queryParameters(profileListQuery, profileParameterDescriptions),
					responses: {
						'200': {
							description: 'One page; drafts and withdrawn profiles are never listed.',
							headers: cacheHeaders,
							content: jsonContent('PartnerProfilePage')
						},
						'400': errorResponse(
							'A parameter is invalid: `error.parameters` names each one (code `invalid_parameters`).'
						),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/profiles/{id}': {
				get: {
					operationId: 'getPartnerProfile',
					summary: 'One partner-seeking profile',
					description:
						'A published profile is public. A draft or withdrawn one is shown only to its organisation’s people ' +
						'and to programme staff (signed in, or with an API token); to anyone else it is not found.',
					parameters: [
						{ name: 'id', in: 'path', required: true, description: 'The profile’s id.', schema: { type: 'string' } }
					],
					responses: {
						'200': { description: 'The profile.', content: jsonContent('PartnerProfileDocument') },
						'404': errorResponse('No profile you may see has this id (code `not_found`).'),
						'500': errorResponse('Something failed on the server.')
					}
				}
			},
			'/api/v1/openapi.json': {
				get: {
					operationId: 'getOpenApiDocument',
					summary: 'This document',
					responses: {
						'200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }
					}
				}
			}
		}),
		components: {
			schemas: componentSchemas(),
			securitySchemes: {
				bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token from your settings.' },
				session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' }
			}
		}
	};
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let built: OpenApiDocument | undefined;

/** The document, built once per process: it depends only on the code. */
export function openApiDocument(): OpenApiDocument {
	built ??= buildDocument();
	return built;
}
