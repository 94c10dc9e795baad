import { getRequestEvent } from '$app/server';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { config } from './config';
import { db } from './db/client';
import * as schema from './db/schema';
import { sendPasswordResetMail } from './domain/accounts/mails';
import { resetLinkStorage } from './domain/accounts/reset-links';
import { log } from './log';

/** The request being handled, if any: use cases also run outside requests (seed, tests). */
function currentEvent() {
	try {
		return getRequestEvent();
	} catch {
		return undefined as unknown as ReturnType<typeof getRequestEvent>;
	}
}

function createAuth() {
	const cfg = config();
	return betterAuth({
		appName: 'Glokal',
		baseURL: cfg.publicUrl,
		basePath: '/api/auth',
		secret: cfg.authSecret,
		database: drizzleAdapter(db(), { provider: 'pg', usePlural: true, schema }),
		emailAndPassword: {
			enabled: true,
			// Accounts come from staff and, later, invitations and calls: nobody signs up on their own.
			disableSignUp: true,
			minPasswordLength: 12,
			maxPasswordLength: 128,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			// Not awaited: a known address must not answer slower than an unknown one.
			sendResetPassword: async ({ user, token }) => {
				sendPasswordResetMail(user.id, token).catch((error) =>
					log.error({ err: error, userId: user.id }, 'password reset mail failed')
				);
			}
		},
		user: {
			additionalFields: {
				role: { type: 'string', input: false, defaultValue: 'user' },
				locale: { type: 'string', input: false, defaultValue: 'sv' }
			}
		},
		// Reset links are stored hashed: a copy of the database must not be a set of live reset links. Their
		// prefix stays in clear, so that a reset can end the account's other links (reset-links.ts).
		verification: { storeIdentifier: { default: 'hashed', overrides: { 'reset-password:': resetLinkStorage } } },
		session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
		// Our sign-in use case throttles per account and per address (domain/accounts/throttle.ts).
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: cfg.publicUrl.startsWith('https://'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
			database: { generateId: () => crypto.randomUUID() }
		},
		logger: { disabled: true },
		plugins: [
			// Authenticator apps (TOTP) and recovery codes (domain/two-factor, decision 0019). No "trust this
			// device": every sign-in asks for a code. 10 wrong codes in a row lock the second step for 15 minutes.
			twoFactor({
				issuer: 'Glokal',
				accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 15 * 60 },
				backupCodeOptions: { amount: 10, length: 10 }
			}),
			// Last: it copies the cookies the others set onto SvelteKit's response.
			sveltekitCookies(currentEvent)
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;

let instance: Auth | undefined;

/** better-auth over our database; made on first use, after the database is open. */
export function auth(): Auth {
	instance ??= createAuth();
	return instance;
}

/** For tests that open a fresh database. */
export function resetAuth(): void {
	instance = undefined;
}
