import { createHash, randomBytes } from 'node:crypto';

/** How long a mailed invitation link works. */
export const INVITATION_DAYS = 7;

/** A new secret for a link, and the hash that is all the database keeps of it. */
export function newInvitationToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** A token as we make them (43 base64url characters); anything else is not looked up at all. */
export function looksLikeToken(token: string | null | undefined): token is string {
	return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function expiryFrom(now: Date): Date {
	return new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
}
