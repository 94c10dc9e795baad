import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { auditEvents } from '$lib/server/db/schema';
import {
	isResetLinkUsable,
	requestPasswordReset,
	resetPassword,
	resetRequestLimits
} from '$lib/server/domain/accounts/password-reset';
import { changePassword } from '$lib/server/domain/accounts/change-password';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { startTwoFactorSetup } from '$lib/server/domain/two-factor/start-setup';
import { createToken, REAUTH_LIMIT } from '$lib/server/domain/tokens/create-token';
import { authenticateToken, listTokens } from '$lib/server/domain/tokens/queries';
import { AppError } from '$lib/server/errors';
import { makeUser, TEST_PASSWORD } from '../factories';
import { mailsTo, newestMailTo } from '../e2e/support/outbox';
import { useTestDatabase } from '../setup/database';

const test = useTestDatabase();
beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
});

let addressCounter = 0;
const newAddress = () => `198.18.0.${++addressCounter}`;

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

/** Asks for a reset link and reads it from the mail (sent without being awaited). */
async function resetLink(email: string): Promise<string> {
	const since = Date.now();
	const before = mailsTo(email).length;
	await requestPasswordReset({ email }, { address: newAddress() });
	for (;;) {
		const mail = await newestMailTo(email, { since });
		const token = mail.text.match(/reset-password\?token=([A-Za-z0-9_%-]+)/)?.[1];
		if (token && mailsTo(email).length > before) return decodeURIComponent(token);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('a password reset', () => {
	it('ends every other reset link and revokes the personal API tokens, and says so by mail', async () => {
		const user = await makeUser({ locale: 'en' });
		const { secret } = await createToken(user.actor, { name: 'Script', password: TEST_PASSWORD });
		const older = await resetLink(user.email);
		const newer = await resetLink(user.email);
		expect(older).not.toBe(newer);

		const password = 'a brand new password';
		const since = Date.now();
		expect(await resetPassword({ token: newer, password, confirm: password })).toEqual({ revokedTokens: 1 });

		expect(await isResetLinkUsable(older)).toBe(false);
		const reuse = await failure(
			resetPassword({ token: older, password: 'the attacker’s one', confirm: 'the attacker’s one' })
		);
		expect(reuse.fieldErrors._form).toBe(m.auth_error_reset_link_invalid());
		await signIn({ email: user.email, password }, { address: newAddress(), headers: new Headers() });

		expect(await authenticateToken(secret)).toBeNull();
		expect(await listTokens(user.actor)).toEqual([]);
		const revocations = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'api_token.revoked'), eq(auditEvents.actorUserId, user.id)));
		expect(revocations).toEqual([expect.objectContaining({ reason: 'password reset' })]);

		const mail = await newestMailTo(user.email, { since });
		expect(mail.subject).toBe(m.auth_password_changed_mail_subject({}, { locale: 'en' }));
		expect(mail.text).toContain(m.auth_password_changed_mail_tokens({ count: 1 }, { locale: 'en' }));
	});

	it('limits reset requests per e-mail address as well as per address, known or not', async () => {
		const user = await makeUser();
		for (const email of [user.email, 'nobody-at-all@example.org']) {
			for (let i = 0; i < resetRequestLimits.email.max; i++)
				await requestPasswordReset({ email }, { address: newAddress() });
			const refused = await failure(requestPasswordReset({ email }, { address: newAddress() }));
			expect(refused.code).toBe('rate_limited');
			expect(refused.retryAfterSeconds).toBeGreaterThan(59 * 60);
		}
	});
});

describe('making a personal API token', () => {
	it('asks for the current password again, and stops a guesser after 5 wrong ones', async () => {
		const user = await makeUser();
		const missing = await failure(createToken(user.actor, { name: 'Export' }));
		expect(missing.fieldErrors.password).toBe(m.token_error_password_required());
		for (let i = 0; i < REAUTH_LIMIT.max; i++) {
			const wrong = await failure(createToken(user.actor, { name: 'Export', password: `guess-${i}` }));
			expect(wrong.fieldErrors.password).toBe(m.token_error_password_wrong());
		}
		const limited = await failure(createToken(user.actor, { name: 'Export', password: TEST_PASSWORD }));
		expect(limited.code).toBe('rate_limited');
		expect(await listTokens(user.actor)).toEqual([]);
	});

	it('shares its limit with the other password prompts of Settings: a guesser cannot move on to them', async () => {
		const user = await makeUser();
		for (let i = 0; i < REAUTH_LIMIT.max; i++)
			await failure(createToken(user.actor, { name: 'Export', password: `guess-${i}` }));
		const input = { currentPassword: TEST_PASSWORD, password: 'a-new-password-2026', confirm: 'a-new-password-2026' };
		const client = { headers: new Headers(), address: newAddress(), userAgent: 'test' } as never;
		expect((await failure(changePassword(user.actor, input, client))).code).toBe('rate_limited');
		expect((await failure(startTwoFactorSetup(user.actor, { password: TEST_PASSWORD }, new Headers()))).code).toBe(
			'rate_limited'
		);
	});

	it('works with the right password after a wrong one', async () => {
		const user = await makeUser();
		await failure(createToken(user.actor, { name: 'Export', password: 'not it' }));
		const { token } = await createToken(user.actor, { name: 'Export', password: TEST_PASSWORD, expiresInDays: '1' });
		expect(token.expiresAt).not.toBeNull();
	});

	it('is refused to a request made with a token (403): a token never makes one that outlives it', async () => {
		const user = await makeUser();
		const { secret } = await createToken(user.actor, { name: 'Day pass', password: TEST_PASSWORD, expiresInDays: 1 });
		const viaToken = (await authenticateToken(secret))!.actor;
		const refused = await failure(createToken(viaToken, { name: 'Forever', password: TEST_PASSWORD }));
		expect(refused.code).toBe('forbidden');
		expect(refused.status).toBe(403);
		expect(refused.message).toBe(m.token_error_session_only());
		expect((await listTokens(user.actor)).map((t) => t.name)).toEqual(['Day pass']);
	});
});
