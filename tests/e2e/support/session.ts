import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { t, type Lang } from './messages';

export const DEMO_PASSWORD = 'glokal-demo-2026';

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
