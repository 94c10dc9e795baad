import { error, redirect } from '@sveltejs/kit';
import type { Actor } from './domain/accounts/actor';
import { canSeeStaffPages } from './domain/accounts/policy';

/**
 * Staff pages answer 404 to everyone else, as if they did not exist. Called by every staff page's
 * load as well as the (admin) layout: SvelteKit runs layout and page loads in parallel, so the
 * layout's check alone would not stop a page from reading.
 */
export function requireStaff(locals: App.Locals): Actor & { userId: string; isStaff: true } {
	const { actor } = locals;
	if (!canSeeStaffPages(actor) || actor.userId === null) error(404, 'Not found');
	return actor as Actor & { userId: string; isStaff: true };
}

/** The signed-in person, or a trip to the sign-in page that comes back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): NonNullable<App.Locals['user']> {
	if (!locals.user) redirect(303, signInPath(locals.locale, url));
	return locals.user;
}

export function signInPath(locale: string, back: URL): string {
	return `/${locale}/sign-in?redirectTo=${encodeURIComponent(back.pathname + back.search)}`;
}
