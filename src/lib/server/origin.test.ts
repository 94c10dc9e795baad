import { describe, expect, it } from 'vitest';
import { isCrossSiteFormPost, siteOrigin } from './origin';

const unset = { fixedOrigin: undefined, protocolHeader: undefined };
// What adapter-node makes of a request without ORIGIN: it cannot know the scheme and guesses https.
const guessed = (host: string) => new URL(`https://${host}/sv/sign-in`);

function post(origin: string | null, type = 'application/x-www-form-urlencoded', method = 'POST') {
	const headers = new Headers({ 'content-type': type });
	if (origin) headers.set('origin', origin);
	return new Request('http://ignored.example/sv/sign-in', { method, headers, body: 'a=1' });
}

describe('siteOrigin', () => {
	it('is the request’s host over http when PUBLIC_URL is not set, on localhost and 127.0.0.1 alike', () => {
		expect(siteOrigin(guessed('localhost:3000'), unset)).toBe('http://localhost:3000');
		expect(siteOrigin(guessed('127.0.0.1:3000'), unset)).toBe('http://127.0.0.1:3000');
	});

	it('is PUBLIC_URL’s origin when it is set', () => {
		const settings = { fixedOrigin: 'https://glokal.example.org', protocolHeader: undefined };
		expect(siteOrigin(guessed('10.0.0.5:3000'), settings)).toBe('https://glokal.example.org');
	});

	it('follows the scheme a proxy names through PROTOCOL_HEADER', () => {
		const settings = { fixedOrigin: undefined, protocolHeader: 'x-forwarded-proto' };
		expect(siteOrigin(new URL('https://glokal.example.org/sv'), settings)).toBe('https://glokal.example.org');
	});
});

describe('isCrossSiteFormPost', () => {
	const url = guessed('localhost:3000');

	it('lets Glokal’s own forms through without PUBLIC_URL (the README’s quick start)', () => {
		expect(isCrossSiteFormPost(post('http://localhost:3000'), url, unset)).toBe(false);
		expect(isCrossSiteFormPost(post('http://127.0.0.1:3000'), guessed('127.0.0.1:3000'), unset)).toBe(false);
		expect(isCrossSiteFormPost(post('http://localhost:3000', 'multipart/form-data; boundary=x'), url, unset)).toBe(
			false
		);
	});

	it('refuses form posts from another site, from another port, and without an Origin', () => {
		expect(isCrossSiteFormPost(post('https://attacker.example'), url, unset)).toBe(true);
		expect(isCrossSiteFormPost(post('http://localhost:4000'), url, unset)).toBe(true);
		expect(isCrossSiteFormPost(post(null), url, unset)).toBe(true);
		expect(isCrossSiteFormPost(post('https://attacker.example', 'text/plain', 'DELETE'), url, unset)).toBe(true);
	});

	it('refuses a post from the right host over the wrong scheme when PUBLIC_URL says https', () => {
		const settings = { fixedOrigin: 'https://glokal.example.org', protocolHeader: undefined };
		expect(isCrossSiteFormPost(post('http://glokal.example.org'), url, settings)).toBe(true);
		expect(isCrossSiteFormPost(post('https://glokal.example.org'), url, settings)).toBe(false);
	});

	it('leaves JSON writes and reads to the API’s own rules', () => {
		expect(isCrossSiteFormPost(post('https://attacker.example', 'application/json'), url, unset)).toBe(false);
		const get = new Request('http://x/sv', { headers: { origin: 'https://attacker.example' } });
		expect(isCrossSiteFormPost(get, url, unset)).toBe(false);
	});
});
