import { createHash, randomBytes } from 'node:crypto';

// A personal API token is `glk_` and 32 random bytes in base64url (43 characters). Only its SHA-256 hash
// is stored, with its first characters so its owner can tell tokens apart: a copy of the database holds no
// working token.

export const TOKEN_PREFIX = 'glk_';
const TOKEN_PATTERN = /^glk_[A-Za-z0-9_-]{43}$/;
/** How much of the token is kept in clear: `glk_` and 6 characters, too little to guess the rest from. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 6;

export function isTokenFormat(value: string): boolean {
	return TOKEN_PATTERN.test(value);
}

/** The hex SHA-256 of a token: what is stored and looked up. */
export function hashToken(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new token: the secret to show once, its hash to store, and the prefix to show again later. */
export function newToken(): { secret: string; hash: string; prefix: string } {
	const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
	return { secret, hash: hashToken(secret), prefix: secret.slice(0, SHOWN_LENGTH) };
}

/** The token of an `Authorization: Bearer …` header (whatever its format), or null without one. */
export function bearerToken(header: string | null): string | null {
	const match = header ? /^Bearer\s+(\S*)\s*$/i.exec(header) : null;
	return match ? match[1]! : null;
}
