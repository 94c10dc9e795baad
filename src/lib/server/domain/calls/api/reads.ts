import type { Actor } from '../../accounts/actor';
import { getCall, listPublishedCalls } from '../queries';
import { callListQuery } from '../schemas';
import { parseInput } from '$lib/server/validation';
import { apiError } from '$lib/server/api/respond';
import type { CallDocument, CallPage } from './schemas';
import './schemas';

// Calls open and close with the clock, so their reads are never cached (unlike publicRead's).

type LiveEvent = { url: URL; locals: { requestId?: string; actor?: Actor } };

/** Answers a read whose answer depends on the time (and maybe on who asks): `no-store`, errors as usual. */
export async function liveRead(event: LiveEvent, read: () => Promise<unknown>): Promise<Response> {
	try {
		const body = JSON.stringify(await read());
		return new Response(body, {
			status: 200,
			headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
		});
	} catch (error) {
		return apiError(error, event);
	}
}

/** GET /api/v1/calls: a page of published calls, optionally of one kind. */
export async function readCalls(params: URLSearchParams): Promise<CallPage> {
	const query = parseInput(callListQuery, {
		kind: params.get('kind') ?? undefined,
		page: params.get('page') ?? undefined,
		limit: params.get('limit') ?? undefined
	});
	const list = await listPublishedCalls(query);
	return { data: list.items.map(withIsoDates), page: list.page, limit: list.limit, total: list.total };
}

/** GET /api/v1/calls/{id}: a published call by id or slug; staff see any. */
export async function readCall(actor: Actor, idOrSlug: string): Promise<CallDocument> {
	return { data: withIsoDates(await getCall(actor, idOrSlug)) };
}

type Dated = { opensAt: Date; closesAt: Date; publishedAt: Date | null };

/** The instants as the API publishes them: ISO 8601 in UTC. */
function withIsoDates<T extends Dated>(call: T) {
	return {
		...call,
		opensAt: call.opensAt.toISOString(),
		closesAt: call.closesAt.toISOString(),
		publishedAt: call.publishedAt?.toISOString() ?? null
	};
}
