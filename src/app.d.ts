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
			actor: Actor;
			user: { id: string; name: string; email: string; isStaff: boolean } | null;
		}
		interface PageData {
			lang: Locale;
		}
	}
}

export {};
