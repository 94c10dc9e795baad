import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { useSession } from './support/session';

// What only the real server shows: adapter-node's body limit (BODY_SIZE_LIMIT, 2M from `npm start`)
// and addresses that SvelteKit decodes before any route runs. Each answers 4xx with a message, never 500.

const tooLarge = 'x'.repeat(3 * 1024 * 1024);

/** A POST whose body is sent in chunks, with no Content-Length: only adapter-node's read can stop it. */
function chunkedPost(url: string, headers: Record<string, string>, body: string) {
	return new Promise<{ status: number; text: string }>((resolve, reject) => {
		const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
		});
		// The server may answer and close before the whole body is sent.
		req.on('error', reject);
		for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.slice(at, at + 64 * 1024));
		req.end();
	});
}

test('a NUL in a page address shows the normal not-found page in the reader’s language', async ({ page }) => {
	for (const path of ['/sv/partnerships/%00', '/sv/organisations/a%00b', '/en/calls/%00']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			path.startsWith('/en') ? 'Page not found' : 'Sidan finns inte'
		);
	}
});

test('NUL and broken UTF-8 in API addresses answer 4xx with the API’s envelope', async ({ request }) => {
	const query = await request.get('/api/v1/partnerships?network=%00', { headers: { 'accept-language': 'en' } });
	expect(query.status()).toBe(400);
	expect(await query.json()).toEqual({
		error: {
			code: 'invalid_parameters',
			message: 'One or more query parameters are invalid.',
			parameters: { network: 'The parameter contains characters that cannot be read (such as a null character).' }
		}
	});
	for (const path of ['/api/v1/organisations/%00', '/api/v1/calls/a%00', '/api/v1/profiles/%ED%A0%80']) {
		const response = await request.get(path);
		expect(response.status(), path).toBeGreaterThanOrEqual(400);
		expect(response.status(), path).toBeLessThan(500);
	}
});

test('an API body over the limit answers 413 with the limit, declared or chunked', async ({
	page,
	request,
	baseURL
}) => {
	const declared = await request.post('/api/v1/networks', {
		headers: { 'content-type': 'application/json', 'accept-language': 'en' },
		data: JSON.stringify({ name: { sv: tooLarge } })
	});
	expect(declared.status()).toBe(413);
	expect(await declared.json()).toEqual({
		error: { code: 'too_large', message: 'The request is too large: it may be at most 2 MB.' }
	});
	// Signed in: a chunked body is only read (and stopped) once the caller may write.
	await useSession(page, 'coordinator@example.org');
	const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
	const chunked = await chunkedPost(
		`${baseURL}/api/v1/networks`,
		{ 'content-type': 'application/json', 'accept-language': 'en', cookie },
		JSON.stringify({ name: { sv: tooLarge } })
	);
	expect(chunked.status).toBe(413);
	expect(JSON.parse(chunked.text).error.code).toBe('too_large');
});

test('a form post over the limit answers 413 with a message', async ({ request, baseURL }) => {
	const form = { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL!, 'accept-language': 'sv' };
	const declared = await request.post('/sv/sign-in', { headers: form, data: `email=${tooLarge}` });
	expect(declared.status()).toBe(413);
	expect(await declared.text()).toContain('Förfrågan är för stor: den får vara högst 2 MB.');
	const enhanced = await request.post('/sv/sign-in', {
		headers: { ...form, 'x-sveltekit-action': 'true' },
		data: `email=${tooLarge}`
	});
	expect(enhanced.status()).toBe(413);
	expect((await enhanced.json()).type).toBe('error');
	const chunked = await chunkedPost(`${baseURL}/sv/sign-in`, form, `email=${tooLarge}`);
	expect(chunked.status).toBe(413);
});
