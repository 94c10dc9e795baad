import { expect, type Page } from '@playwright/test';
import { t, type Lang } from './messages';

export const DEMO_PASSWORD = 'glokal-demo-2026';

/** Signs in through the form, as a person would; lands where the form sends them. */
export async function signIn(
	page: Page,
	email: string,
	{ lang = 'sv', password = DEMO_PASSWORD }: { lang?: Lang; password?: string } = {}
) {
	if (!page.url().includes('/sign-in')) await page.goto(`/${lang}/sign-in`);
	await page.getByLabel(t(lang, 'auth_email_label')).fill(email);
	await page.getByLabel(t(lang, 'auth_password_label'), { exact: true }).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: t(lang, 'auth_sign_in') })
		.click();
	await expect(page).not.toHaveURL(/\/sign-in/);
}
