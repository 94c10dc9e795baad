import { describe, expect, it } from 'vitest';
import { requestOutcome, requestUserId } from './request-outcome';

const event = (method: string, path = '/sv/sign-in') =>
	({ request: new Request(`http://localhost${path}`, { method }), url: new URL(path, 'http://localhost') }) as never;
const json = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the status a request log line names', () => {
	it('is the outcome inside a form answered to JavaScript: a redirect, a refusal, a success', async () => {
		expect(await requestOutcome(event('POST'), json({ type: 'redirect', status: 303, location: '/sv' }))).toBe(303);
		expect(await requestOutcome(event('POST'), json({ type: 'failure', status: 429, data: '[]' }))).toBe(429);
		expect(await requestOutcome(event('POST'), json({ type: 'success', status: 200, data: '[]' }))).toBe(200);
	});

	it('is the HTTP status for everything else, and the body stays readable', async () => {
		expect(await requestOutcome(event('POST', '/api/v1/calls'), json({ type: 'redirect', status: 303 }))).toBe(200);
		expect(await requestOutcome(event('POST'), json({ status: 303 }))).toBe(200);
		expect(await requestOutcome(event('GET'), json({ status: 303 }))).toBe(200);
		expect(await requestOutcome(event('POST'), new Response('<html>', { status: 200 }))).toBe(200);
		expect(await requestOutcome(event('POST'), json({}, 400))).toBe(400);
		const read = json({ type: 'failure', status: 400 });
		await requestOutcome(event('POST'), read);
		expect(await read.json()).toEqual({ type: 'failure', status: 400 });
	});

	it('names who signed in on this request, before their session exists', () => {
		expect(requestUserId({ user: null, signedInUserId: 'u1' } as never)).toBe('u1');
		expect(requestUserId({ user: { id: 'u2' } } as never)).toBe('u2');
		expect(requestUserId({ user: null } as never)).toBeUndefined();
	});
});
