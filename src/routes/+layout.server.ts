import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.locale,
	origin: locals.origin,
	user: locals.user
});
