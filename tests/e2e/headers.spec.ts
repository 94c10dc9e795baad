import { expect, test, type APIResponse } from '@playwright/test';

/**
 * Every answer of the built server carries the security headers, including the ones written before any
 * hook runs (adapter-node's static files) and the refusal of a cross-site form post
 * (src/lib/server/security-headers.ts). No browser: only what the server sends.
 */

const expected = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'cross-origin-opener-policy': 'same-origin'
};

function expectSecurityHeaders(response: APIResponse, what: string) {
	const headers = response.headers();
	for (const [name, value] of Object.entries(expected)) expect(headers[name], `${name} on ${what}`).toBe(value);
	expect(headers['permissions-policy'], `permissions-policy on ${what}`).toContain('camera=()');
}

test('static files carry the security headers', async ({ request }) => {
	const favicon = await request.get('/favicon.svg');
	expect(favicon.status()).toBe(200);
	expect(favicon.headers()['content-type']).toContain('image/svg+xml');
	expectSecurityHeaders(favicon, '/favicon.svg');

	const page = await request.get('/en');
	expectSecurityHeaders(page, '/en');
	const asset = (await page.text()).match(/\/_app\/immutable\/[\w./-]+\.js/)?.[0];
	expect(asset, 'a script of the built app').toBeTruthy();
	const script = await request.get(asset!);
	expect(script.status()).toBe(200);
	expect(script.headers()['cache-control']).toContain('immutable');
	expectSecurityHeaders(script, asset!);

	const missing = await request.get('/_app/immutable/nothing-here.js');
	expect(missing.status()).toBe(404);
	expectSecurityHeaders(missing, 'a missing file');
});

test('the refusal of a cross-site form post carries them too, page and API alike', async ({ request }) => {
	const origin = { origin: 'https://attacker.example' };
	const page = await request.post('/en/sign-in', {
		headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=coordinator%40example.org&password=wrong'
	});
	expect(page.status()).toBe(403);
	expectSecurityHeaders(page, 'the refused form');
	const api = await request.post('/api/v1/organisations', {
		headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
		data: 'name=x'
	});
	expect(api.status()).toBe(403);
	expectSecurityHeaders(api, 'the refused API post');
});

test('what a signed-in person is shown is kept by no cache; public pages stay cacheable', async ({
	request,
	baseURL
}) => {
	const publicPage = await request.get('/en/networks');
	expect(publicPage.headers()['cache-control'] ?? '').not.toContain('no-store');
	const signIn = await request.post('/en/sign-in', {
		headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		form: { email: 'member@example.org', password: 'glokal-demo-2026' },
		maxRedirects: 0
	});
	expect(signIn.status()).toBe(303);
	const workspace = await request.get('/en/workspace', { maxRedirects: 0 });
	expect(workspace.status()).toBe(200);
	expect(workspace.headers()['cache-control']).toBe('private, no-store');
});
