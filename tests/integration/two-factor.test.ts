import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { auth } from '$lib/server/auth';
import { db } from '$lib/server/db/client';
import { signInEvents, users } from '$lib/server/db/schema';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { confirmTwoFactorSetup } from '$lib/server/domain/two-factor/confirm-setup';
import { twoFactorStatus } from '$lib/server/domain/two-factor/queries';
import { renewRecoveryCodes } from '$lib/server/domain/two-factor/renew-recovery-codes';
import { startTwoFactorSetup } from '$lib/server/domain/two-factor/start-setup';
import { turnOffTwoFactor } from '$lib/server/domain/two-factor/turn-off';
import { completeTwoFactorSignIn } from '$lib/server/domain/two-factor/verify-sign-in';
import { AppError } from '$lib/server/errors';
import { makeUser, TEST_PASSWORD } from '../factories';
import { CookieJar } from '../setup/cookies';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

let addresses = 0;
const client = (jar: CookieJar) => ({ address: `203.0.113.${++addresses}`, headers: jar.headers(), deviceId: null });
const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) }).generate();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

/** Signs in with the password only (no second factor yet): a jar holding the session cookie. */
async function signedIn(email: string): Promise<CookieJar> {
	const jar = new CookieJar();
	const result = await signIn({ email, password: TEST_PASSWORD }, client(jar));
	expect(result.next).toBe('signed_in');
	return jar.take(result.setCookies);
}

/** A person with two-factor sign-in on: their key and recovery codes. */
async function enrolled(options: { staff?: boolean } = {}) {
	const user = await makeUser(options);
	const jar = await signedIn(user.email);
	const key = await startTwoFactorSetup(user.actor, { password: TEST_PASSWORD }, jar.headers());
	const { recoveryCodes, setCookies } = await confirmTwoFactorSetup(
		user.actor,
		{ code: codeFor(key.secret) },
		client(jar)
	);
	jar.take(setCookies);
	return { ...user, secret: key.secret, recoveryCodes, jar };
}

async function events(userId: string) {
	return db().select().from(signInEvents).where(eq(signInEvents.userId, userId));
}

describe('setting up two-factor sign-in', () => {
	it('shows a key and a QR code, and turns on only after the first right code', async () => {
		const user = await makeUser();
		const jar = await signedIn(user.email);
		const wrongPassword = await refusal(startTwoFactorSetup(user.actor, { password: 'not-it' }, jar.headers()));
		expect(wrongPassword.fieldErrors.password).toBeTruthy();

		const key = await startTwoFactorSetup(user.actor, { password: TEST_PASSWORD }, jar.headers());
		expect(key.uri).toMatch(/^otpauth:\/\/totp\/Glokal:/);
		expect(key.qrSvg).toMatch(/^<svg/);
		expect(key.secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
		expect((await twoFactorStatus(user.id)).enabled).toBe(false);

		const wrong = await refusal(confirmTwoFactorSetup(user.actor, { code: '000000' }, client(jar)));
		expect(wrong.fieldErrors.code).toBeTruthy();
		const [row] = await db().select({ on: users.twoFactorEnabled }).from(users).where(eq(users.id, user.id));
		expect(row!.on).toBe(false);
		// Until confirmed, a sign-in still needs only the password.
		expect((await signIn({ email: user.email, password: TEST_PASSWORD }, client(new CookieJar()))).next).toBe(
			'signed_in'
		);

		const { recoveryCodes } = await confirmTwoFactorSetup(user.actor, { code: codeFor(key.secret) }, client(jar));
		expect(recoveryCodes).toHaveLength(10);
		expect(await twoFactorStatus(user.id)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
		expect((await events(user.id)).map((e) => e.kind)).toContain('two_factor_enabled');
	});
});

describe('signing in with two factors', () => {
	it('asks for the code after the password, and makes a session only with the right code', async () => {
		const user = await enrolled();
		const jar = new CookieJar();
		const first = await signIn({ email: user.email, password: TEST_PASSWORD }, client(jar));
		expect(first.next).toBe('two_factor');
		jar.take(first.setCookies);
		expect(jar.has('better-auth.session_token')).toBe(false);
		expect(await auth().api.getSession({ headers: jar.headers() })).toBeNull();

		const wrong = await refusal(completeTwoFactorSignIn({ method: 'app', code: '123456' }, client(jar)));
		expect(wrong.fieldErrors.code).toBeTruthy();
		const malformed = await refusal(completeTwoFactorSignIn({ method: 'app', code: '12ab' }, client(jar)));
		expect(malformed.code).toBe('invalid');

		const done = await completeTwoFactorSignIn({ method: 'app', code: codeFor(user.secret) }, client(jar));
		expect(done.userId).toBe(user.id);
		jar.take(done.setCookies);
		expect((await auth().api.getSession({ headers: jar.headers() }))?.user.id).toBe(user.id);
		const kinds = (await events(user.id)).map((e) => e.kind);
		expect(kinds.filter((k) => k === 'two_factor_failed')).toHaveLength(1);
		expect(kinds).toContain('signed_in');
	});

	it('refuses the code step without the password first', async () => {
		const error = await refusal(completeTwoFactorSignIn({ method: 'app', code: '123456' }, client(new CookieJar())));
		expect(error.code).toBe('unauthenticated');
	});

	it('ends the challenge after five wrong codes: the right code then needs the password again', async () => {
		const user = await enrolled();
		const jar = new CookieJar();
		jar.take((await signIn({ email: user.email, password: TEST_PASSWORD }, client(jar))).setCookies);
		for (let i = 0; i < 5; i++) await refusal(completeTwoFactorSignIn({ method: 'app', code: '000000' }, client(jar)));
		const ended = await refusal(completeTwoFactorSignIn({ method: 'app', code: codeFor(user.secret) }, client(jar)));
		expect(ended.code).toBe('unauthenticated');
	});

	it('takes each recovery code once', async () => {
		const user = await enrolled();
		const code = user.recoveryCodes[0]!;
		const first = new CookieJar();
		first.take((await signIn({ email: user.email, password: TEST_PASSWORD }, client(first))).setCookies);
		await completeTwoFactorSignIn({ method: 'recovery', code }, client(first));
		expect((await twoFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
		expect((await events(user.id)).map((e) => e.kind)).toContain('recovery_code_used');

		const again = new CookieJar();
		again.take((await signIn({ email: user.email, password: TEST_PASSWORD }, client(again))).setCookies);
		const used = await refusal(completeTwoFactorSignIn({ method: 'recovery', code }, client(again)));
		expect(used.fieldErrors.code).toBeTruthy();
	});

	it('makes new recovery codes with the password, and the old ones stop working', async () => {
		const user = await enrolled();
		const renewed = await renewRecoveryCodes(user.actor, { password: TEST_PASSWORD }, client(user.jar));
		expect(renewed).toHaveLength(10);
		expect(renewed).not.toContain(user.recoveryCodes[0]);
		const jar = new CookieJar();
		jar.take((await signIn({ email: user.email, password: TEST_PASSWORD }, client(jar))).setCookies);
		await refusal(completeTwoFactorSignIn({ method: 'recovery', code: user.recoveryCodes[0]! }, client(jar)));
		await completeTwoFactorSignIn({ method: 'recovery', code: renewed[0]! }, client(jar));
	});

	it('lets a person turn it off with their password, but not staff', async () => {
		const person = await enrolled();
		await turnOffTwoFactor(person.actor, { password: TEST_PASSWORD }, client(person.jar));
		expect((await twoFactorStatus(person.id)).enabled).toBe(false);
		expect((await signIn({ email: person.email, password: TEST_PASSWORD }, client(new CookieJar()))).next).toBe(
			'signed_in'
		);

		const staff = await enrolled({ staff: true });
		const refused = await refusal(turnOffTwoFactor(staff.actor, { password: TEST_PASSWORD }, client(staff.jar)));
		expect(refused.code).toBe('forbidden');
		expect((await twoFactorStatus(staff.id)).enabled).toBe(true);
	});
});
