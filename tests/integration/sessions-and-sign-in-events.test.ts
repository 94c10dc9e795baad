import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auth } from '$lib/server/auth';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { sessions, signInEvents } from '$lib/server/db/schema';
import { changePassword } from '$lib/server/domain/accounts/change-password';
import { resetPassword } from '$lib/server/domain/accounts/password-reset';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { checkSessionActivity } from '$lib/server/domain/sessions/activity';
import { endOtherSessions, endSession } from '$lib/server/domain/sessions/end-sessions';
import { listSessions } from '$lib/server/domain/sessions/queries';
import { emailHash } from '$lib/server/domain/sign-in-events/client';
import { mySignInEvents, searchSignInEvents } from '$lib/server/domain/sign-in-events/queries';
import { AppError } from '$lib/server/errors';
import { twoFactorSetupRefusal } from '$lib/server/session-guards';
import { makeUser, TEST_PASSWORD } from '../factories';
import { CookieJar } from '../setup/cookies';
import { useTestDatabase } from '../setup/database';

const { dataDir } = useTestDatabase();

let addresses = 0;
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const client = (jar: CookieJar, deviceId: string | null = null) => ({
	address: `192.0.2.${++addresses}`,
	headers: jar.headers(),
	deviceId
});

async function signedIn(email: string, jar = new CookieJar(), deviceId: string | null = null) {
	const result = await signIn({ email, password: TEST_PASSWORD }, client(jar, deviceId));
	expect(result.next).toBe('signed_in');
	jar.take(result.setCookies);
	const session = await auth().api.getSession({ headers: jar.headers() });
	return { jar, session: session!.session };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const outbox = () => join(dataDir, 'outbox');
const mails = () => (existsSync(outbox()) ? readdirSync(outbox()).filter((f) => f.endsWith('.eml')) : []);
async function mailsTo(email: string, within = 1500): Promise<string[]> {
	const read = () =>
		mails()
			.map((f) => readFileSync(join(outbox(), f), 'utf8'))
			.filter((t) => t.includes(email));
	for (let waited = 0; waited < within && read().length === 0; waited += 50)
		await new Promise((r) => setTimeout(r, 50));
	return read();
}

describe('sessions', () => {
	it('lists the person’s sessions with device and address, this one marked, and ends one or all others', async () => {
		const user = await makeUser();
		const laptop = await signedIn(user.email);
		const phone = await signedIn(user.email, new CookieJar(FIREFOX));
		const third = await signedIn(user.email);
		const listed = await listSessions(user.actor, laptop.session.id);
		expect(listed).toHaveLength(3);
		expect(listed.filter((s) => s.current).map((s) => s.id)).toEqual([laptop.session.id]);
		expect(listed.find((s) => s.id === phone.session.id)).toMatchObject({
			device: 'Firefox on Windows',
			ipAddress: expect.stringMatching(/^192\.0\.2\./)
		});

		const current = { sessionId: laptop.session.id, client: client(laptop.jar) };
		await endSession(user.actor, { id: phone.session.id }, current);
		expect(await auth().api.getSession({ headers: phone.jar.headers() })).toBeNull();
		// This session is ended by signing out; someone else's answers as if it did not exist.
		expect((await refusal(endSession(user.actor, { id: laptop.session.id }, current))).code).toBe('invalid');
		const other = await makeUser();
		const theirs = await signedIn(other.email);
		expect((await refusal(endSession(user.actor, { id: theirs.session.id }, current))).code).toBe('not_found');

		expect(await endOtherSessions(user.actor, current)).toBe(1);
		expect(await auth().api.getSession({ headers: third.jar.headers() })).toBeNull();
		expect(await auth().api.getSession({ headers: laptop.jar.headers() })).not.toBeNull();
		expect(await auth().api.getSession({ headers: theirs.jar.headers() })).not.toBeNull();
		const ended = await db().select().from(signInEvents).where(eq(signInEvents.userId, user.id));
		expect(
			ended
				.filter((e) => e.kind === 'session_ended')
				.map((e) => e.detail)
				.sort()
		).toEqual(['ended', 'ended_others']);
	});

	it('ends the other sessions when the password changes, after the current password', async () => {
		const user = await makeUser();
		const here = await signedIn(user.email);
		const elsewhere = await signedIn(user.email);
		const wrong = await refusal(
			changePassword(
				user.actor,
				{ currentPassword: 'nope', password: 'a-new-password-1', confirm: 'a-new-password-1' },
				client(here.jar)
			)
		);
		expect(wrong.fieldErrors.currentPassword).toBeTruthy();
		const { setCookies } = await changePassword(
			user.actor,
			{ currentPassword: TEST_PASSWORD, password: 'a-new-password-1', confirm: 'a-new-password-1' },
			client(here.jar)
		);
		here.jar.take(setCookies);
		expect(await auth().api.getSession({ headers: elsewhere.jar.headers() })).toBeNull();
		expect(await auth().api.getSession({ headers: here.jar.headers() })).not.toBeNull();
		const kinds = (await mySignInEvents(user.actor, { page: 1, limit: 50 })).items.map((e) => e.kind);
		expect(kinds).toContain('password_changed');
	});

	it('ends a session unused for longer than the idle timeout, and keeps a used one alive', async () => {
		const user = await makeUser();
		const { jar, session } = await signedIn(user.email);
		const idleMs = config().idleTimeoutMinutes * 60_000;
		const lastUsed = new Date(session.updatedAt).getTime();
		const soon = new Date(lastUsed + idleMs - 60_000);
		expect(await checkSessionActivity(session, client(jar), soon)).toBe('active');
		const [touched] = await db().select().from(sessions).where(eq(sessions.id, session.id));
		expect(touched!.updatedAt.getTime()).toBe(soon.getTime());

		// Measured from the last use, not from the sign-in.
		const later = new Date(soon.getTime() + idleMs + 1000);
		expect(await checkSessionActivity({ ...session, updatedAt: touched!.updatedAt }, client(jar), later)).toBe('idle');
		expect(await db().select().from(sessions).where(eq(sessions.id, session.id))).toHaveLength(0);
		const [ended] = await db().select().from(signInEvents).where(eq(signInEvents.detail, 'idle'));
		expect(ended).toMatchObject({ userId: user.id, kind: 'session_ended' });
	});
});

describe('sign-in events', () => {
	it('records failures on the account, and for an unknown address only a hash of it', async () => {
		const user = await makeUser();
		await refusal(signIn({ email: user.email, password: 'wrong-password' }, client(new CookieJar())));
		const unknown = `nobody-${addresses}@example.org`;
		await refusal(signIn({ email: unknown, password: 'wrong-password' }, client(new CookieJar())));

		const mine = (await mySignInEvents(user.actor, { page: 1, limit: 10 })).items;
		expect(mine.map((e) => e.kind)).toEqual(['sign_in_failed']);
		const [stranger] = await db()
			.select()
			.from(signInEvents)
			.where(eq(signInEvents.emailHash, emailHash(unknown)));
		expect(stranger).toMatchObject({ kind: 'sign_in_failed', userId: null });
		expect(JSON.stringify(stranger)).not.toContain(unknown);
	});

	it('records a password reset from a mailed link, with the address it came from', async () => {
		const user = await makeUser();
		const token = `reset-${crypto.randomUUID()}`;
		// The link as better-auth stores it when it mails one (see accounts.test.ts for the mail itself).
		await (
			await auth().$context
		).internalAdapter.createVerificationValue({
			identifier: `reset-password:${token}`,
			value: user.id,
			expiresAt: new Date(Date.now() + 60_000)
		});
		await resetPassword({ token, password: 'a-new-password-2', confirm: 'a-new-password-2' }, client(new CookieJar()));
		const [reset] = (await mySignInEvents(user.actor, { page: 1, limit: 10 })).items;
		expect(reset).toMatchObject({ kind: 'password_reset', ipAddress: expect.stringMatching(/^192\.0\.2\./) });
	});

	it('lets staff search everyone’s events by person, unknown address and kind; nobody else', async () => {
		const staff = await makeUser({ staff: true });
		const person = await makeUser();
		await signedIn(person.email);
		const unknown = `ghost-${addresses}@example.org`;
		await refusal(signIn({ email: unknown, password: 'wrong-password' }, client(new CookieJar())));

		const byPerson = await searchSignInEvents(staff.actor, { who: person.email }, { page: 1, limit: 10 });
		expect(byPerson.items.map((e) => [e.kind, e.email])).toEqual([['signed_in', person.email]]);
		const byAddress = await searchSignInEvents(staff.actor, { who: unknown.toUpperCase() }, { page: 1, limit: 10 });
		expect(byAddress.items).toHaveLength(1);
		const failures = await searchSignInEvents(staff.actor, { kind: 'sign_in_failed' }, { page: 1, limit: 100 });
		expect(failures.items.every((e) => e.kind === 'sign_in_failed')).toBe(true);
		expect((await refusal(searchSignInEvents(staff.actor, { kind: 'nonsense' }, { page: 1, limit: 10 }))).code).toBe(
			'invalid'
		);
		expect((await refusal(searchSignInEvents(person.actor, {}, { page: 1, limit: 10 }))).code).toBe('not_found');
	});

	it('mails the person in their language when they sign in from a new device, not from a known one', async () => {
		const user = await makeUser({ locale: 'en' });
		await signedIn(user.email, new CookieJar(), 'device-a'); // the first sign-in ever: nothing to compare with
		await signedIn(user.email, new CookieJar(), 'device-a');
		expect(await mailsTo(user.email, 300)).toHaveLength(0);
		await signedIn(user.email, new CookieJar(FIREFOX), 'device-b');
		const [mail] = await mailsTo(user.email);
		expect(mail).toContain('New sign-in to Glokal from a new device');
		expect(mail).toContain('Firefox on Windows');
		expect(mail).toMatch(/If it was not you/);
	});
});

describe('staff without two-factor sign-in', () => {
	const event = (user: NonNullable<App.Locals['user']>, routeId: string, path: string) =>
		({
			locals: { user, locale: 'sv', requestId: 'test' },
			route: { id: routeId },
			url: new URL(path, 'http://localhost')
		}) as never;
	const staff = { id: 's', name: 'S', email: 's@example.org', isStaff: true, twoFactorEnabled: false };

	it('are sent to set it up from every page, answered 403 by the API, and let through to the setup', async () => {
		let thrown: unknown;
		try {
			twoFactorSetupRefusal(event(staff, '/[lang=lang]/(admin)/admin', '/sv/admin'));
		} catch (e) {
			thrown = e;
		}
		expect(isRedirect(thrown) && thrown.location).toBe('/sv/workspace/settings/two-factor');
		const api = twoFactorSetupRefusal(event(staff, '/api/v1/organisations', '/api/v1/organisations'));
		expect(api?.status).toBe(403);
		expect(((await api!.json()) as { error: { message: string } }).error.message).toMatch(/tvåstegsinloggning/);
		const setup = '/[lang=lang]/(workspace)/workspace/settings/two-factor';
		expect(twoFactorSetupRefusal(event(staff, setup, '/sv/workspace/settings/two-factor'))).toBeNull();
		expect(twoFactorSetupRefusal(event(staff, '/[lang=lang]/(auth)/sign-out', '/sv/sign-out'))).toBeNull();
		expect(
			twoFactorSetupRefusal(event({ ...staff, twoFactorEnabled: true }, '/[lang=lang]/(admin)/admin', '/sv/admin'))
		).toBeNull();
		expect(
			twoFactorSetupRefusal(event({ ...staff, isStaff: false }, '/[lang=lang]/(admin)/admin', '/sv/admin'))
		).toBeNull();
	});
});
