import type { Actor } from '$lib/server/domain/accounts/actor';
import { anonymous } from '$lib/server/domain/accounts/actor';

export type Handler = (event: never) => Response | Promise<Response>;

/**
 * Calls an /api/v1 handler the way SvelteKit would, with only what the API reads from the event: the
 * URL, route params, the request (a JSON body when given) and the actor the hooks would have set.
 * Answers the status and the parsed JSON body (null for an empty one, e.g. 204).
 */
export async function api(
	handler: Handler,
	method: string,
	path: string,
	{ actor = anonymous, body, params = {} }: { actor?: Actor; body?: unknown; params?: Record<string, string> } = {}
) {
	const url = new URL(path, 'http://localhost');
	const request = new Request(url, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const response = await handler({ url, params, request, locals: { requestId: 'test', actor } } as never);
	const text = await response.text();
	return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}
