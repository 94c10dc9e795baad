import type { RequestEvent } from '@sveltejs/kit';

const ACTION_RESULTS = new Set(['success', 'failure', 'redirect', 'error']);

/**
 * The status a request really ended with, for the request log. A form action asked for JSON (use:enhance,
 * or any client whose Accept prefers JSON) answers 200 with the outcome inside ({ type: 'redirect',
 * status: 303 }, { type: 'failure', status: 400 }, …): the log names that status, so a refused sign-in
 * does not read as a success. API answers are logged as they are.
 */
export async function requestOutcome(event: RequestEvent, response: Response): Promise<number> {
	if (
		event.request.method !== 'POST' ||
		response.status !== 200 ||
		event.url.pathname.startsWith('/api/') ||
		!response.headers.get('content-type')?.includes('application/json')
	)
		return response.status;
	try {
		const body = (await response.clone().json()) as { type?: unknown; status?: unknown };
		return ACTION_RESULTS.has(String(body.type)) && typeof body.status === 'number' ? body.status : response.status;
	} catch {
		return response.status;
	}
}

/** Who the request was made by, or who it signed in (their session starts with the next request). */
export function requestUserId(locals: App.Locals): string | undefined {
	return locals.user?.id ?? locals.signedInUserId;
}
