import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { building } from '$app/environment';
import { error, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { baseLocale, isLocale, localeFromAcceptLanguage, type Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { apiError } from '$lib/server/api/respond';
import { ConfigError, config } from '$lib/server/config';
import { signInPath } from '$lib/server/guards';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { membershipsOf } from '$lib/server/domain/accounts/queries';
import { authenticateToken } from '$lib/server/domain/tokens/queries';
import { tokenRequestRefusal } from '$lib/server/domain/tokens/request-limit';
import { bearerToken } from '$lib/server/domain/tokens/secret';
import { log } from '$lib/server/log';
import { errorSummary } from '$lib/server/log-error';
import { isCrossSiteFormPost, siteOrigin } from '$lib/server/origin';
import { refusedFormPage } from '$lib/server/refused-form';
import { addSecurityHeadersToEveryResponse } from '$lib/server/security-headers';
import { requestOutcome, requestUserId } from '$lib/server/request-outcome';
import { cookieSession, idleRedirect, twoFactorSetupRefusal } from '$lib/server/session-guards';
import { tooLargeBody, unreadableAddress } from '$lib/server/request-checks';
import { startServer } from '$lib/server/startup';
import { useProgrammeTimeZone } from '$lib/server/domain/programmes/time-zone';
import { unavailableResponse } from '$lib/server/unavailable';
import { databaseReachable, noteDatabaseError } from '$lib/server/db/availability';
import { setProgrammeTimeZone } from '$lib/time';
// Before any form or API input is parsed: zod's own messages never reach a person.
import '$lib/server/zod-messages';

export const LOCALE_COOKIE = 'glokal_locale';

type LocaleStore = { locale?: Locale; origin?: string; messageCalls?: Set<string> };
const localeStorage = new AsyncLocalStorage<LocaleStore>();
overwriteServerAsyncLocalStorage(localeStorage);

export const init: ServerInit = async () => {
	if (building) return;
	let cfg;
	try {
		cfg = config();
	} catch (e) {
		if (e instanceof ConfigError) {
			console.error(`glokal: ${e.message}`);
			process.exit(1);
		}
		throw e;
	}
	setProgrammeTimeZone(cfg.timeZone);
	// Static files and anything else written before the hooks run get them too (security-headers.ts).
	addSecurityHeadersToEveryResponse(cfg.publicUrl);
	let database;
	try {
		database = await startServer(cfg);
		// Jobs that run before the first request (mails, exports) are on the programme's clock too.
		await useProgrammeTimeZone(cfg.timeZone);
	} catch (e) {
		const where =
			cfg.database.kind === 'postgres' ? 'the PostgreSQL server of DATABASE_URL' : `the data directory ${cfg.dataDir}`;
		console.error(`glokal: cannot start on ${where}: ${errorSummary(e)}`);
		process.exit(1);
	}
	process.once('sveltekit:shutdown', async (reason) => {
		await database.close();
		log.info({ reason }, 'database closed, glokal stopped');
	});
};

/**
 * Request id, one log line per request, the caching of personal pages and HSTS by the origin readers use.
 * The other security headers are added to every answer of the process (security-headers.ts).
 */
const observe: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const incoming = event.request.headers.get('x-request-id');
	event.locals.requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('x-request-id', event.locals.requestId);
	// What a signed-in person is shown is theirs: neither a shared cache nor the browser's back-forward
	// store keeps it after they sign out (ASVS 8.2.1). Answers that say how to cache themselves keep that.
	if (event.locals.user && !headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
	// The origin readers use (set by `language`), not adapter-node's guess, which says https without PUBLIC_URL.
	if (event.locals.origin?.startsWith('https:'))
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	log.info(
		{
			requestId: event.locals.requestId,
			method: event.request.method,
			path: event.url.pathname,
			route: event.route.id,
			status: await requestOutcome(event, response),
			ms: Math.round(performance.now() - started),
			userId: requestUserId(event.locals)
		},
		'request'
	);
	return response;
};

/**
 * The page's language: from the URL, else the cookie, else Accept-Language, else Swedish.
 * Also the origin readers use (origin.ts), for absolute links and cookies.
 */
const language: Handle = async ({ event, resolve }) => {
	event.locals.origin = siteOrigin(event.url, config());
	const fromPath = event.url.pathname.split('/')[1];
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	const locale: Locale = isLocale(fromPath)
		? fromPath
		: isLocale(fromCookie)
			? fromCookie
			: (localeFromAcceptLanguage(event.request.headers.get('accept-language')) ?? baseLocale);
	if (isLocale(fromPath) && fromCookie !== fromPath && event.request.method === 'GET') {
		event.cookies.set(LOCALE_COOKIE, fromPath, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 365,
			secure: event.locals.origin.startsWith('https:')
		});
	}
	event.locals.locale = locale;
	return localeStorage.run({ locale }, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
};

/**
 * Refuses form posts from other sites (SvelteKit's own check is off in svelte.config.js: it runs before
 * the hooks, so it could neither log nor speak the reader's language, and it guesses https without
 * PUBLIC_URL). The refusal is logged and explained; nothing of the post is read.
 */
const crossSiteForms: Handle = async ({ event, resolve }) => {
	if (!isCrossSiteFormPost(event.request, event.url, config())) return resolve(event);
	const origin = event.request.headers.get('origin');
	const expected = event.locals.origin;
	log.warn(
		{ requestId: event.locals.requestId, method: event.request.method, path: event.url.pathname, origin, expected },
		'cross-site form post refused'
	);
	return refusedFormPage(event, { origin, expected });
};

/**
 * While PostgreSQL cannot be reached (db/availability.ts), every request that needs it answers 503 at
 * once: a page in the reader's language, or the API's envelope, with Retry-After (unavailable.ts). A
 * request that found it gone on the way (noted by handleError or the API's error mapping) answers the same.
 */
const databaseGate: Handle = async ({ event, resolve }) => {
	if (event.url.pathname === '/healthz') return resolve(event);
	if (!databaseReachable()) return unavailableResponse(event);
	try {
		const response = await resolve(event);
		return response.status >= 500 && !databaseReachable() ? unavailableResponse(event) : response;
	} catch (e) {
		if (noteDatabaseError(e)) return unavailableResponse(event);
		throw e;
	}
};

/**
 * The programme's clock: its time zone is a setting staff change (decision 0012). Read in the background
 * (cached until the data changes), so no request waits on it: with the database gone, requests answer
 * 503 at once and the clock keeps the zone it had.
 */
const clock: Handle = ({ event, resolve }) => {
	if (event.url.pathname !== '/healthz') useProgrammeTimeZone(config().timeZone).catch(() => {});
	return resolve(event);
};

/** Who is asking: the session's user and their memberships. */
const session: Handle = async ({ event, resolve }) => {
	event.locals.actor = anonymous;
	event.locals.user = null;
	// The API also takes a personal token (it wins over a cookie); a bad, revoked or expired one leaves
	// the request anonymous, so writes answer 401.
	const token = event.url.pathname.startsWith('/api/') ? bearerToken(event.request.headers.get('authorization')) : null;
	if (token !== null) {
		const found = await authenticateToken(token);
		if (found) {
			const refusal = await tokenRequestRefusal(found.tokenId);
			if (refusal) return apiError(refusal, event);
			event.locals.user = found.user;
			event.locals.actor = found.actor;
		}
		return resolve(event);
	}
	if (building || event.url.pathname === '/healthz' || !hasSessionCookie(event.request.headers.get('cookie'))) {
		return resolve(event);
	}
	const found = await cookieSession(event);
	if (found) {
		const isStaff = (found.user as { role?: string }).role === 'staff';
		const twoFactorEnabled = !!(found.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled;
		event.locals.user = {
			id: found.user.id,
			name: found.user.name,
			email: found.user.email,
			isStaff,
			twoFactorEnabled
		};
		event.locals.sessionId = found.session.id;
		event.locals.actor = { userId: found.user.id, isStaff, memberships: await membershipsOf(found.user.id) };
	}
	return resolve(event);
};

function hasSessionCookie(cookie: string | null): boolean {
	return !!cookie && cookie.includes('better-auth.session_token');
}

/**
 * Coarse guards per route group; every use case checks its own policy as well.
 * Workspace pages send a signed-out visitor to sign in and back. Staff pages do not exist for
 * anyone else: pages answer through the (admin) layout's 404, everything else (actions, data) here.
 * Before those: a session that ended for idleness goes to sign in, and staff without two-factor
 * sign-in go to set it up (session-guards.ts).
 */
const guards: Handle = async ({ event, resolve }) => {
	const routeId = event.route.id ?? '';
	idleRedirect(event);
	const refusal = twoFactorSetupRefusal(event);
	if (refusal) return refusal;
	if (routeId.includes('/(workspace)') && !event.locals.user) {
		redirect(303, signInPath(event.locals.locale, event.url));
	}
	if (routeId.includes('/(admin)') && !event.locals.actor.isStaff) {
		const isPageView = event.request.method === 'GET' && !event.isDataRequest;
		if (!isPageView) error(404, 'Not found');
	}
	return resolve(event);
};

/** Addresses PostgreSQL could not read (400, 404) and bodies over the size limit (413): request-checks.ts. */
const clientInput: Handle = async ({ event, resolve }) =>
	unreadableAddress(event) ?? tooLargeBody(event) ?? resolve(event);

export const handle = sequence(observe, language, crossSiteForms, clientInput, databaseGate, clock, session, guards);

export const handleError: HandleServerError = ({ error: err, event, status, message }) => {
	// 4xx from SvelteKit itself (unknown route, wrong method, bad content type) are the client's doing.
	if (status < 500) return { message, requestId: event.locals.requestId };
	// A lost database is an outage, logged once (availability.ts); databaseGate answers 503.
	if (noteDatabaseError(err)) return { message: m.api_error_unavailable(), requestId: event.locals.requestId };
	log.error({ requestId: event.locals.requestId, path: event.url.pathname, err }, 'unhandled error');
	return { message: 'Internal error', requestId: event.locals.requestId };
};
