import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, isTokenFormat, newToken } from './secret';

describe('API token secrets', () => {
	it('are glk_ and 32 random bytes in base64url, different every time', () => {
		const a = newToken();
		const b = newToken();
		expect(a.secret).toMatch(/^glk_[A-Za-z0-9_-]{43}$/);
		expect(Buffer.from(a.secret.slice(4), 'base64url')).toHaveLength(32);
		expect(a.secret).not.toBe(b.secret);
		expect(isTokenFormat(a.secret)).toBe(true);
	});

	it('are stored as their SHA-256 hash, with a short prefix in clear', () => {
		const token = newToken();
		expect(token.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(token.hash).toBe(hashToken(token.secret));
		expect(token.hash).not.toContain(token.secret.slice(4, 20));
		expect(token.prefix).toBe(token.secret.slice(0, 10));
		// A known vector: SHA-256 of "abc".
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('refuse other formats', () => {
		expect(isTokenFormat('glk_short')).toBe(false);
		expect(isTokenFormat(`xyz_${'a'.repeat(43)}`)).toBe(false);
		expect(isTokenFormat(`glk_${'a'.repeat(42)}+`)).toBe(false);
	});

	it('are read from a Bearer authorization header only', () => {
		const { secret } = newToken();
		expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
		expect(bearerToken(`bearer ${secret}`)).toBe(secret);
		expect(bearerToken('Bearer glk_nope')).toBe('glk_nope');
		expect(isTokenFormat('glk_nope')).toBe(false);
		expect(bearerToken(`Basic ${secret}`)).toBeNull();
		expect(bearerToken(null)).toBeNull();
	});
});
