import { programmeOwner } from '$lib/server/domain/programmes/queries';
import { programmeTimeZone } from '$lib/time';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	lang: locals.locale,
	origin: locals.origin,
	user: locals.user,
	// The browser shows times on the same clock as the server (see $lib/time; hooks set it per request).
	timeZone: programmeTimeZone(),
	// For the footer: who runs the programme (cached until the data changes).
	programme: await programmeOwner()
});
