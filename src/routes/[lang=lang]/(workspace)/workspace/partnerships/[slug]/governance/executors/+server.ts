import { json } from '@sveltejs/kit';
import { pickExecutorCandidates } from '$lib/server/domain/governance/queries';
import { orErrorPage } from '$lib/server/form-actions';
import { executorOption } from '../executor-pick';
import type { RequestHandler } from './$types';

/**
 * What the executor picker of the governance tab asks while someone types: organisations that may
 * become an executor whose name contains `?q=`, at most 20, for whoever may edit the governance
 * (404 for outsiders, 403 for readers, as the tab's forms).
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const found = await orErrorPage(
		pickExecutorCandidates(locals.actor, { slug: params.slug }, url.searchParams.get('q') ?? '')
	);
	return json(
		{ items: found.items.map((o) => executorOption(o, locals.locale)), more: found.more },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
