import type { RequestEvent } from '@sveltejs/kit';

/**
 * The status a request really ended with, for the request log. A form posted with JavaScript (use:enhance)
 * always answers 200 with the outcome inside ({ type: 'redirect', status: 303 }, { type: 'failure',
 * status: 400 }, …): the log names that status, so a refused sign-in does not read as a success.
 */
export async function requestOutcome(event: RequestEvent, response: Response): Promise<number> {
	if (
		event.request.method !== 'POST' ||
		response.status !== 200 ||
		event.request.headers.get('x-sveltekit-action') !== 'true' ||
		!response.headers.get('content-type')?.includes('application/json')
	)
		return response.status;
	try {
		const body = (await response.clone().json()) as { status?: unknown };
		return typeof body.status === 'number' ? body.status : response.status;
	} catch {
		return response.status;
	}
}

/** Who the request was made by, or who it signed in (their session starts with the next request). */
export function requestUserId(locals: App.Locals): string | undefined {
	return locals.user?.id ?? locals.signedInUserId;
}
