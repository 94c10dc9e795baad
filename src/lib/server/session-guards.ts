import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { apiError } from './api/respond';
import { auth } from './auth';
import { checkSessionActivity } from './domain/sessions/activity';
import { needsTwoFactorSetup } from './domain/two-factor/policy';
import { AppError } from './errors';
import { signInPath } from './guards';

const SESSION_COOKIES = ['better-auth.session_token', '__Secure-better-auth.session_token'];

/**
 * The session of the request's cookie, or null. A session unused for longer than IDLE_TIMEOUT_MINUTES
 * ends here (locals.sessionEnded says so); better-auth's daily refresh runs only after that check, as
 * it would otherwise make an idle session look used.
 */
export async function cookieSession(event: RequestEvent) {
	const headers = event.request.headers;
	const found = await auth().api.getSession({ headers, query: { disableRefresh: true } });
	if (!found) return null;
	const client = { address: event.getClientAddress(), headers };
	if ((await checkSessionActivity(found.session, client)) === 'idle') {
		for (const name of SESSION_COOKIES) event.cookies.delete(name, { path: '/' });
		event.locals.sessionEnded = 'idle';
		return null;
	}
	const { expiresIn, updateAge } = (await auth().$context).sessionConfig;
	const refreshDue = new Date(found.session.expiresAt).getTime() - expiresIn * 1000 + updateAge * 1000 <= Date.now();
	return refreshDue ? ((await auth().api.getSession({ headers })) ?? found) : found;
}

/** A session ended for idleness sends the person to sign in, saying why, and back afterwards. */
export function idleRedirect(event: RequestEvent): void {
	if (event.locals.sessionEnded !== 'idle' || event.url.pathname.startsWith('/api/')) return;
	const back = new URL(signInPath(event.locals.locale, event.url), event.url);
	back.searchParams.set('reason', 'idle');
	// A form post cannot be replayed after signing in: back to the page it came from.
	redirect(303, back.pathname + back.search);
}

/** Where a staff member without two-factor sign-in may still go: the setup itself, signing out, `/`. */
const OPEN_ROUTES = new Set([
	'/[lang=lang]/(workspace)/workspace/settings/two-factor',
	'/[lang=lang]/(auth)/sign-out',
	'/'
]);

/**
 * Staff must sign in with a second factor: until they set it up, every page and action sends them to
 * the setup (the language switch links there too), and the API answers 403 with the reason, whether
 * asked with the session cookie or a personal token (decision 0019).
 */
export function twoFactorSetupRefusal(event: RequestEvent): Response | null {
	const user = event.locals.user;
	if (!user || !needsTwoFactorSetup(user) || OPEN_ROUTES.has(event.route.id ?? '')) return null;
	if (event.url.pathname.startsWith('/api/'))
		return apiError(new AppError('forbidden', m.security_two_factor_required_api()), event);
	redirect(303, `/${event.locals.locale}/workspace/settings/two-factor`);
}
