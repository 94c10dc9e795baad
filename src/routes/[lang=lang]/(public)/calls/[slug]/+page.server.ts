import { namedCountries } from '$lib/server/domain/countries/names';
import { getPublishedCall } from '$lib/server/domain/calls/queries';
import { openCallProblem } from '$lib/server/domain/calls/state';
import { orErrorPage } from '$lib/server/form-actions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// Open, closed or not yet open depends on the clock: no shared caching of this page.
	setHeaders({ 'cache-control': 'no-store' });
	const now = new Date();
	const call = await orErrorPage(getPublishedCall(params.slug, now));
	return {
		call: { ...call, countries: namedCountries(call.eligibleCountryCodes, locals.locale) },
		problem: openCallProblem(call, now)
	};
};
