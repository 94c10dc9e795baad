import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { isResetLinkUsable, requestPasswordReset, resetPassword } from '$lib/server/domain/accounts/password-reset';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { waitText } from '$lib/server/domain/security/rate-limit';
import { AppError } from '$lib/server/errors';
import { makeUser, TEST_PASSWORD } from '../factories';
import { useTestDatabase } from '../setup/database';

const { dataDir } = useTestDatabase();
const outbox = join(dataDir, 'outbox');

// Every test signs in from its own address, so the per-address counts do not leak between tests.
let addressCounter = 0;
const newAddress = () => `198.51.100.${++addressCounter}`;
const from = (address: string) => ({ address, headers: new Headers() });

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const outboxFiles = () => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []);

/** The reset mail is sent without being awaited: wait until it is in the outbox. */
async function nextMail(before: string[]): Promise<string> {
	for (let waited = 0; waited < 5000; waited += 50) {
		const added = outboxFiles().filter((f) => !before.includes(f));
		if (added.length > 0) {
			expect(added).toHaveLength(1);
			return decodeQuotedPrintable(readFileSync(join(outbox, added[0]!), 'utf8'));
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('no mail arrived in the outbox');
}

/** Mails with å, ä and ö are quoted-printable: "=" becomes "=3D" and long lines break with "=\n". */
function decodeQuotedPrintable(text: string): string {
	const joined = text.replace(/=\r?\n/g, '');
	return Buffer.from(
		joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
		'latin1'
	).toString('utf8');
}

async function resetLinkFor(email: string): Promise<{ locale: string; token: string }> {
	const before = outboxFiles();
	await requestPasswordReset({ email }, { address: newAddress() });
	const mail = await nextMail(before);
	const link = mail.match(/\/(sv|en|es)\/reset-password\?token=([A-Za-z0-9_%-]+)/);
	expect(link, mail).not.toBeNull();
	return { locale: link![1]!, token: decodeURIComponent(link![2]!) };
}

describe('signIn', () => {
	it('signs in with the right password, also outside a request', async () => {
		const user = await makeUser();
		await expect(signIn({ email: user.email, password: TEST_PASSWORD }, from(newAddress()))).resolves.toMatchObject({
			next: 'signed_in'
		});
	});

	it('ignores the case of the email address', async () => {
		const user = await makeUser();
		await expect(
			signIn({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, from(newAddress()))
		).resolves.toMatchObject({ next: 'signed_in' });
	});

	it('answers a wrong password and an unknown address alike', async () => {
		const user = await makeUser();
		const address = newAddress();
		const wrongPassword = await failure(signIn({ email: user.email, password: 'not-the-password' }, from(address)));
		const unknownEmail = await failure(signIn({ email: 'nobody@example.org', password: TEST_PASSWORD }, from(address)));
		expect(wrongPassword.code).toBe('unauthenticated');
		expect(unknownEmail.code).toBe('unauthenticated');
		expect(wrongPassword.message).toBe(unknownEmail.message);
		expect(wrongPassword.message).toBe(m.auth_error_invalid_credentials());
	});

	it('gives field errors for a malformed email and an empty password', async () => {
		const error = await failure(signIn({ email: 'not an address', password: '' }, from(newAddress())));
		expect(error.code).toBe('invalid');
		expect(error.fieldErrors.email).toBe(m.auth_error_email_invalid());
		expect(error.fieldErrors.password).toBe(m.auth_error_password_required());
	});

	it('refuses a sixth try from the same address, even the right password, but not the owner elsewhere nor other accounts', async () => {
		const user = await makeUser();
		const other = await makeUser();
		const address = newAddress();
		const codes: string[] = [];
		for (let i = 0; i < 6; i++)
			codes.push((await failure(signIn({ email: user.email, password: `wrong-${i}` }, from(address)))).code);
		expect(codes).toEqual([...Array(5).fill('unauthenticated'), 'rate_limited']);

		const blocked = await failure(signIn({ email: user.email, password: TEST_PASSWORD }, from(address)));
		expect(blocked.code).toBe('rate_limited');
		expect(blocked.status).toBe(429);
		expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
		expect(blocked.message).toBe(m.auth_error_too_many_sign_ins({ wait: waitText(blocked.retryAfterSeconds!) }));

		// The guessing slows the guesser only: the owner signs in from their own address.
		await signIn({ email: user.email, password: TEST_PASSWORD }, from(newAddress()));
		await signIn({ email: other.email, password: TEST_PASSWORD }, from(address));
	});

	it('forgets earlier failures after a successful sign-in', async () => {
		const user = await makeUser();
		const address = newAddress();
		for (let i = 0; i < 4; i++) await failure(signIn({ email: user.email, password: `wrong-${i}` }, from(address)));
		await signIn({ email: user.email, password: TEST_PASSWORD }, from(address));
		expect((await failure(signIn({ email: user.email, password: 'wrong-again' }, from(address)))).code).toBe(
			'unauthenticated'
		);
	});
});

describe('password reset', () => {
	it('mails a link in the person’s language for a known address', async () => {
		const user = await makeUser({ locale: 'en' });
		const { locale, token } = await resetLinkFor(user.email);
		expect(locale).toBe('en');
		expect(token.length).toBeGreaterThanOrEqual(10);
		expect(await isResetLinkUsable(token)).toBe(true);
	});

	it('writes nothing and answers the same for an unknown address', async () => {
		const before = outboxFiles();
		await expect(
			requestPasswordReset({ email: 'nobody@example.org' }, { address: newAddress() })
		).resolves.toBeUndefined();
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(outboxFiles()).toEqual(before);
	});

	it('refuses a malformed address with a field error', async () => {
		const error = await failure(requestPasswordReset({ email: 'nobody' }, { address: newAddress() }));
		expect(error.fieldErrors.email).toBe(m.auth_error_email_invalid());
	});

	it('limits reset requests per address', async () => {
		const address = newAddress();
		for (let i = 0; i < 10; i++) await requestPasswordReset({ email: `nobody-${i}@example.org` }, { address });
		expect((await failure(requestPasswordReset({ email: 'nobody@example.org' }, { address }))).code).toBe(
			'rate_limited'
		);
	});

	it('sets the new password once per link', async () => {
		const user = await makeUser();
		const { token } = await resetLinkFor(user.email);
		const password = 'a new password of mine';

		await resetPassword({ token, password, confirm: password });
		await expect(signIn({ email: user.email, password }, from(newAddress()))).resolves.toMatchObject({
			next: 'signed_in'
		});
		expect((await failure(signIn({ email: user.email, password: TEST_PASSWORD }, from(newAddress())))).code).toBe(
			'unauthenticated'
		);

		expect(await isResetLinkUsable(token)).toBe(false);
		const again = await failure(
			resetPassword({ token, password: 'yet another password', confirm: 'yet another password' })
		);
		expect(again.code).toBe('invalid');
		expect(again.fieldErrors._form).toBe(m.auth_error_reset_link_invalid());
	});

	it('wants the password twice, the same, and long enough, and keeps the link for another try', async () => {
		const user = await makeUser();
		const { token } = await resetLinkFor(user.email);

		const differ = await failure(
			resetPassword({ token, password: 'a new password of mine', confirm: 'a new password of min' })
		);
		expect(differ.fieldErrors).toEqual({ confirm: m.auth_error_passwords_differ() });

		const short = await failure(resetPassword({ token, password: 'short', confirm: 'short' }));
		expect(short.fieldErrors.password).toBe(m.auth_error_password_too_short());

		expect(await isResetLinkUsable(token)).toBe(true);
	});

	it('refuses an unknown or malformed link', async () => {
		const unknown = await failure(
			resetPassword({ token: 'x'.repeat(24), password: 'a new password', confirm: 'a new password' })
		);
		expect(unknown.fieldErrors._form).toBe(m.auth_error_reset_link_invalid());
		const malformed = await failure(resetPassword({ password: 'a new password', confirm: 'a new password' }));
		expect(malformed.fieldErrors.token).toBe(m.auth_error_reset_link_invalid());
		expect(await isResetLinkUsable('x'.repeat(24))).toBe(false);
		expect(await isResetLinkUsable(null)).toBe(false);
	});
});
