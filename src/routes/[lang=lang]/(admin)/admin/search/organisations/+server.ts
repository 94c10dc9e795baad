import { json } from '@sveltejs/kit';
import { countryName } from '$lib/server/domain/countries/names';
import { pickOrganisations } from '$lib/server/domain/organisations/pick';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/**
 * What the organisation picker of staff forms (a new partnership's parties) asks while someone types:
 * `?q=` part of a name → `{ items: [{ id, label }], more }`, at most 20, for staff only (404 otherwise).
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const found = await pickOrganisations(actor, url.searchParams.get('q') ?? '');
	return json(
		{
			items: found.items.map((o) => ({ id: o.id, label: `${o.name} (${countryName(o.countryCode, locals.locale)})` })),
			more: found.more
		},
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
