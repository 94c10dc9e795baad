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
			user: { id: string; name: string; email: string; isStaff: boolean } | null;
		}
		interface PageData {
			lang: Locale;
		}
	}
}

export {};
