import { createHmac, timingSafeEqual } from 'node:crypto';
import { auth } from '$lib/server/auth';
import { config } from '$lib/server/config';

const COOKIE = 'better-auth.two_factor';

/**
 * The account a pending second step belongs to: better-auth's signed `two_factor` cookie names a
 * challenge it stored after the right password. Null when there is none, it expired or was forged.
 */
export async function pendingSignInUserId(headers: Headers): Promise<string | null> {
	const value = cookieValue(headers.get('cookie'));
	if (!value) return null;
	const dot = value.lastIndexOf('.');
	if (dot < 1) return null;
	const identifier = value.slice(0, dot);
	const signature = Buffer.from(value.slice(dot + 1), 'base64');
	const expected = createHmac('sha256', config().authSecret).update(identifier).digest();
	if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
	const context = await auth().$context;
	const found = await context.internalAdapter.findVerificationValue(identifier);
	if (!found || new Date(found.expiresAt) <= new Date()) return null;
	return found.value;
}

/** Whether the browser is between the password and the code (the sign-in page then asks for the code). */
export function hasPendingChallenge(headers: Headers): boolean {
	return cookieValue(headers.get('cookie')) !== null;
}

function cookieValue(header: string | null): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const [name, ...rest] = part.trim().split('=');
		if (name === COOKIE || name === `__Secure-${COOKIE}`) {
			try {
				return decodeURIComponent(rest.join('='));
			} catch {
				return null;
			}
		}
	}
	return null;
}
