import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { t, type Lang } from './messages';

export const DEMO_PASSWORD = 'glokal-demo-2026';

/** The demo people whose sessions sessions.setup.ts keeps. */
export const sessionPeople = [
	'staff@example.org',
	'coordinator@example.org',
	'member@example.org',
	'stellenbosch@example.org'
] as const;
export type SessionPerson = (typeof sessionPeople)[number];

/** Where the signed-in state of a demo person is kept (Playwright's storageState file). */
export function sessionFile(email: SessionPerson): string {
	const dir = join(process.env.E2E_DATA_DIR ?? '.', 'sessions');
	mkdirSync(dir, { recursive: true });
	return join(dir, `${email}.json`);
}

/**
 * Starts `page` signed in as a demo person, with the session sessions.setup.ts made: a journey whose
 * subject is not signing in skips the form (and staff their code). Journeys that sign out, or end
 * sessions, sign in with `signIn` instead: ending the shared session would sign everyone out.
 */
export async function useSession(page: Page, email: SessionPerson): Promise<void> {
	const { cookies } = JSON.parse(readFileSync(sessionFile(email), 'utf8')) as {
		cookies: Parameters<ReturnType<Page['context']>['addCookies']>[0];
	};
	await page.context().addCookies(cookies);
}

/** A new page in a context of its own, signed in as a demo person (see useSession). */
export async function sessionPage(browser: Browser, email: SessionPerson, options: BrowserContextOptions = {}) {
	const context = await browser.newContext({ ...options, storageState: sessionFile(email) });
	return context.newPage();
}

/**
 * Signs in through the form, as a person with an authenticator app would; lands where the form sends
 * them. Staff set up two-factor sign-in at their first sign-in: the helper reads the key shown as text,
 * answers with a code from it and keeps the key (per e-mail, in E2E_DATA_DIR) for the code step later.
 */
export async function signIn(
	page: Page,
	email: string,
	{ lang = 'sv', password = DEMO_PASSWORD }: { lang?: Lang; password?: string } = {}
) {
	if (!page.url().includes('/sign-in')) await page.goto(`/${lang}/sign-in`);
	const headedFor = new URL(page.url()).searchParams.get('redirectTo');
	await page.getByLabel(t(lang, 'auth_email_label')).fill(email);
	await page.getByLabel(t(lang, 'auth_password_label'), { exact: true }).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: t(lang, 'auth_sign_in') })
		.click();
	await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
	if (/\/sign-in\/two-factor/.test(page.url())) {
		await answerCode(page, lang, email);
	} else if (/\/workspace\/settings\/two-factor/.test(page.url())) {
		await setUpTwoFactor(page, lang, email, password);
		await page.goto(headedFor ?? `/${lang}/workspace`);
	}
}

/** The second step: a code from the key remembered for this address. */
export async function answerCode(page: Page, lang: Lang, email: string) {
	const secret = rememberedKey(email);
	if (!secret) throw new Error(`no two-factor key remembered for ${email}`);
	await page.getByLabel(t(lang, 'security_code_label')).fill(codeFrom(secret));
	await page.getByRole('button', { name: t(lang, 'security_sign_in_code_submit') }).click();
	await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The setup page: password, then the key typed by hand into the "app", then its first code. */
export async function setUpTwoFactor(page: Page, lang: Lang, email: string, password = DEMO_PASSWORD) {
	await page.getByLabel(t(lang, 'auth_password_label'), { exact: true }).fill(password);
	await page.getByRole('button', { name: t(lang, 'security_setup_start') }).click();
	const key = (await page.getByTestId('two-factor-key').textContent())!.trim();
	await page.getByLabel(t(lang, 'security_code_label')).fill(codeFrom(key));
	await page.getByRole('button', { name: t(lang, 'security_setup_confirm') }).click();
	const codes = page.getByTestId('recovery-codes').getByRole('listitem');
	await expect(codes).toHaveCount(10);
	remember(email, key, await codes.allTextContents());
}

export function codeFrom(key: string): string {
	return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')) }).generate();
}

type Remembered = Record<string, { key: string; recoveryCodes: string[] }>;

const file = () => join(process.env.E2E_DATA_DIR ?? '.', 'e2e-two-factor-keys.json');
const readAll = (): Remembered => (existsSync(file()) ? JSON.parse(readFileSync(file(), 'utf8')) : {});

export function rememberedKey(email: string): string | undefined {
	return readAll()[email]?.key;
}

export function rememberedRecoveryCodes(email: string): string[] {
	return readAll()[email]?.recoveryCodes ?? [];
}

export function remember(email: string, key: string, recoveryCodes: string[]) {
	writeFileSync(file(), JSON.stringify({ ...readAll(), [email]: { key, recoveryCodes } }, null, 2));
}
