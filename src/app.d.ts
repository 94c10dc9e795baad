import type { Locale } from '$lib/i18n/locales';
import type { Actor } from '$lib/server/domain/accounts/actor';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			locale: Locale;
			/** The origin readers reach Glokal at (lib/server/origin.ts), e.g. http://localhost:3000. */
			origin: string;
			actor: Actor;
			user: { id: string; name: string; email: string; isStaff: boolean; twoFactorEnabled: boolean } | null;
			/** The better-auth session of the cookie, when signed in with one (not with a token). */
			sessionId?: string;
			/** Set when this request's session was ended for being unused too long (domain/sessions/activity.ts). */
			sessionEnded?: 'idle';
			/** Who a sign-in on this request signed in, for the request log (the session starts with the next request). */
			signedInUserId?: string;
		}
		interface PageData {
			lang: Locale;
		}
	}
}

export {};
