import { createHash } from 'node:crypto';
// @ts-expect-error SvelteKit's internal entry is untyped; the hooks need its request store to run.
import { with_request_store } from '@sveltejs/kit/internal/server';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { config, setConfig } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { apiTokens, auditEvents } from '$lib/server/db/schema';
import { anonymous, type Actor } from '$lib/server/domain/accounts/actor';
import { createToken } from '$lib/server/domain/tokens/create-token';
import { authenticateToken, listTokens } from '$lib/server/domain/tokens/queries';
import { revokeToken } from '$lib/server/domain/tokens/revoke-token';
import { AppError } from '$lib/server/errors';
import { handle } from '../../src/hooks.server';
import { DELETE } from '../../src/routes/api/v1/tokens/[id]/+server';
import { GET, POST } from '../../src/routes/api/v1/tokens/+server';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../factories';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

type Handler = (event: never) => Response | Promise<Response>;

let owner: { id: string; actor: Actor };
let other: { id: string; actor: Actor };
let organisationId: string;

beforeAll(async () => {
	organisationId = (await makeOrganisation({ name: 'Bollnäs kommun' })).id;
	owner = await makeUser({ organisationId, role: 'coordinator' });
	other = await makeUser();
});

/** A request through the app's hooks (session, guards) and on to an API handler, as SvelteKit would send it. */
async function request(
	method: string,
	path: string,
	{ token, body, params = {} }: { token?: string; body?: unknown; params?: Record<string, string> } = {},
	handler: Handler = method === 'POST' ? POST : GET
) {
	const url = new URL(path, 'http://localhost');
	const headers = new Headers({ 'content-type': 'application/json' });
	if (token) headers.set('authorization', `Bearer ${token}`);
	const event = {
		url,
		params,
		request: new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
		locals: {},
		route: { id: '/api/v1/tokens' },
		isDataRequest: false,
		cookies: { get: () => undefined, set: () => {} },
		getClientAddress: () => '127.0.0.1'
	};
	let locals: App.Locals | undefined;
	// SvelteKit runs the hooks inside its request store (sequence() reads it): the least of it, untraced.
	const state = { tracing: { record_span: ({ fn }: { fn: (span: object) => unknown }) => fn({}) } };
	const response = await with_request_store({ event, state } as never, () =>
		handle({
			event: event as never,
			resolve: async (e) => {
				locals = e.locals;
				return handler(e as never);
			}
		})
	);
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, locals: locals! };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe('creating a token', () => {
	it('shows the secret once and stores only its hash', async () => {
		const { token, secret } = await createToken(owner.actor, {
			password: TEST_PASSWORD,
			name: 'Rapportskript',
			expiresInDays: '30'
		});
		expect(secret).toMatch(/^glk_[A-Za-z0-9_-]{43}$/);
		const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, token.id));
		expect(row!.tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
		expect(JSON.stringify(row)).not.toContain(secret);
		expect(secret.startsWith(row!.prefix)).toBe(true);
		expect(row!.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
		const listed = await listTokens(owner.actor);
		expect(listed.find((t) => t.id === token.id)).toMatchObject({ name: 'Rapportskript', expired: false });
		expect(JSON.stringify(listed)).not.toContain(secret);
		expect(JSON.stringify(listed)).not.toContain(row!.tokenHash);
		const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, token.id));
		expect(audit).toMatchObject({ action: 'api_token.created', actorUserId: owner.id });
		expect(JSON.stringify(audit)).not.toContain(secret);
	});

	it('refuses a missing name and a bad expiry with field errors, and needs a signed-in person', async () => {
		const errors = (await failure(createToken(owner.actor, { password: TEST_PASSWORD, name: ' ', expiresInDays: '0' })))
			.fieldErrors;
		expect(Object.keys(errors).sort()).toEqual(['expiresInDays', 'name']);
		expect(
			(await failure(createToken(owner.actor, { password: TEST_PASSWORD, name: 'x', expiresInDays: '1.5' })))
				.fieldErrors.expiresInDays
		).toBeTruthy();
		expect((await failure(createToken(anonymous, { name: 'x' }))).code).toBe('unauthenticated');
	});
});

describe('a request with a token', () => {
	it('acts as its owner, exactly as a session would', async () => {
		const { secret, token } = await createToken(owner.actor, { password: TEST_PASSWORD, name: 'Integration' });
		const { status, body, locals } = await request('GET', '/api/v1/tokens', { token: secret });
		expect(status).toBe(200);
		expect(locals.actor).toEqual({
			userId: owner.id,
			isStaff: false,
			memberships: [{ organisationId, role: 'coordinator' }],
			viaToken: true
		});
		expect(locals.user).toMatchObject({ id: owner.id, isStaff: false });
		expect(body.data.map((t: { id: string }) => t.id)).toContain(token.id);
		const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, token.id));
		expect(row!.lastUsedAt).not.toBeNull();
	});

	it('notes its last use at most once a minute', async () => {
		const { secret, token } = await createToken(owner.actor, { password: TEST_PASSWORD, name: 'Busy script' });
		const recent = new Date(Date.now() - 20_000);
		await db().update(apiTokens).set({ lastUsedAt: recent }).where(eq(apiTokens.id, token.id));
		await authenticateToken(secret);
		const [unchanged] = await db().select().from(apiTokens).where(eq(apiTokens.id, token.id));
		expect(unchanged!.lastUsedAt!.getTime()).toBe(recent.getTime());
		const old = new Date(Date.now() - 120_000);
		await db().update(apiTokens).set({ lastUsedAt: old }).where(eq(apiTokens.id, token.id));
		await authenticateToken(secret);
		const [updated] = await db().select().from(apiTokens).where(eq(apiTokens.id, token.id));
		expect(updated!.lastUsedAt!.getTime()).toBeGreaterThan(old.getTime());
	});

	it('makes a staff member staff', async () => {
		const staffUser = await makeUser({ staff: true });
		const { secret } = await createToken(staffUser.actor, { password: TEST_PASSWORD, name: 'Staff export' });
		expect((await authenticateToken(secret))?.actor).toEqual({
			userId: staffUser.id,
			isStaff: true,
			memberships: [],
			viaToken: true
		});
	});

	it('creates tokens through the API from a session with the password (201), never with a token (403)', async () => {
		const created = await api(POST, 'POST', '/api/v1/tokens', {
			actor: owner.actor,
			body: { name: 'From the API', password: TEST_PASSWORD }
		});
		expect(created.status).toBe(201);
		expect(created.body.secret).toMatch(/^glk_/);
		expect(created.body.token).toMatchObject({ name: 'From the API', expiresAt: null });
		const invalid = await api(POST, 'POST', '/api/v1/tokens', { actor: owner.actor, body: { name: '' } });
		expect(invalid.status).toBe(400);
		expect(invalid.body.error).toMatchObject({
			code: 'invalid_input',
			fields: { name: expect.any(String), password: m.token_error_password_required() }
		});

		const secret = created.body.secret as string;
		const refused = await request('POST', '/api/v1/tokens', {
			token: secret,
			body: { name: 'Child', password: TEST_PASSWORD }
		});
		expect(refused.status).toBe(403);
		expect(refused.body.error).toEqual({ code: 'forbidden', message: m.token_error_session_only() });
		expect((await listTokens(owner.actor)).some((t) => t.name === 'Child')).toBe(false);
	});

	it('is limited to API_TOKEN_RATE_LIMIT requests a minute: 429 with Retry-After, other tokens unaffected', async () => {
		const saved = config();
		setConfig({ ...saved, apiTokenRateLimit: 3 });
		try {
			const busy = await createToken(other.actor, { password: TEST_PASSWORD, name: 'Loop' });
			const calm = await createToken(other.actor, { password: TEST_PASSWORD, name: 'Calm' });
			const answers = await Promise.all(
				Array.from({ length: 5 }, () => request('GET', '/api/v1/tokens', { token: busy.secret }))
			);
			expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 429, 429]);
			const limited = answers.find((a) => a.status === 429)!;
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
			expect(limited.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('3') });
			expect((await request('GET', '/api/v1/tokens', { token: calm.secret })).status).toBe(200);
		} finally {
			setConfig(saved);
		}
	});

	it('leaves the request anonymous when the token is unknown, malformed, revoked or expired', async () => {
		const revoked = await createToken(owner.actor, { password: TEST_PASSWORD, name: 'Revoked' });
		await revokeToken(owner.actor, { id: revoked.token.id });
		const expired = await createToken(owner.actor, { password: TEST_PASSWORD, name: 'Expired', expiresInDays: 1 });
		await db()
			.update(apiTokens)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(apiTokens.id, expired.token.id));
		const unknown = `glk_${'A'.repeat(43)}`;
		for (const token of [revoked.secret, expired.secret, unknown, 'glk_malformed']) {
			expect(await authenticateToken(token)).toBeNull();
			const answer = await request('POST', '/api/v1/tokens', { token, body: { name: 'Should not exist' } });
			expect(answer.locals.actor).toEqual(anonymous);
			expect(answer.status).toBe(401);
			expect((await request('GET', '/api/v1/tokens', { token })).status).toBe(401);
		}
		expect((await listTokens(owner.actor)).some((t) => t.name === 'Should not exist')).toBe(false);
		// An expired token stays listed, marked, until revoked; a revoked one is gone.
		const listed = await listTokens(owner.actor);
		expect(listed.find((t) => t.id === expired.token.id)?.expired).toBe(true);
		expect(listed.some((t) => t.id === revoked.token.id)).toBe(false);
	});
});

describe('revoking a token', () => {
	it('works for its owner only: another person’s token is not found', async () => {
		const { token, secret } = await createToken(owner.actor, { password: TEST_PASSWORD, name: 'Mine' });
		expect((await failure(revokeToken(other.actor, { id: token.id }))).code).toBe('not_found');
		expect((await failure(revokeToken(other.actor, { id: 'not-an-id' }))).code).toBe('not_found');
		const otherToken = await createToken(other.actor, { password: TEST_PASSWORD, name: 'Theirs' });
		const answer = await request(
			'DELETE',
			`/api/v1/tokens/${token.id}`,
			{ token: otherToken.secret, params: { id: token.id } },
			DELETE
		);
		expect(answer.status).toBe(404);
		expect(await authenticateToken(secret)).not.toBeNull();

		const done = await request(
			'DELETE',
			`/api/v1/tokens/${token.id}`,
			{ token: secret, params: { id: token.id } },
			DELETE
		);
		expect(done.status).toBe(204);
		expect(await authenticateToken(secret)).toBeNull();
		expect((await failure(revokeToken(owner.actor, { id: token.id }))).code).toBe('not_found');
		const [audit] = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'api_token.revoked'))
			.orderBy(auditEvents.occurredAt);
		expect(audit).toBeTruthy();
	});
});
