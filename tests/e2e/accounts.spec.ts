import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { resetLinkFor } from './support/outbox';
import { newPerson } from './support/people';
import { signIn } from './support/session';

test('staff sign in and see the staff area', async ({ page }) => {
	await signIn(page, 'staff@example.org');
	await page
		.getByRole('navigation', { name: t('sv', 'nav_main_label') })
		.getByRole('link', { name: t('sv', 'nav_admin') })
		.click();
	await expect(page).toHaveURL(/\/sv\/admin$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'admin_title'));
	await expectNoSeriousA11yViolations(page);
	await page.goto('/sv/admin/people');
	await expect(page.getByRole('cell', { name: 'coordinator@example.org' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('a coordinator sees their organisation and partnerships, and no staff area', async ({ page }) => {
	await signIn(page, 'coordinator@example.org');
	await expect(page).toHaveURL(/\/sv\/workspace$/);
	const main = page.getByRole('main');
	await expect(main.getByRole('row', { name: /^Jönköpings kommun/ })).toContainText(t('sv', 'role_coordinator'));
	await expect(main.getByRole('link', { name: 'En tillgänglig kommun för alla' })).toBeVisible();
	await expect(page.getByRole('link', { name: t('sv', 'nav_admin') })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	const response = await page.goto('/sv/admin');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'error_not_found_title'));
});

test('a member sees their organisation as a member', async ({ page }) => {
	await signIn(page, 'member@example.org');
	await expect(page.getByRole('main').getByRole('row', { name: /^Jönköpings kommun/ })).toContainText(
		t('sv', 'role_member')
	);
	expect((await page.goto('/sv/admin/people'))?.status()).toBe(404);
});

test('a coordinator abroad works in English', async ({ page }) => {
	await signIn(page, 'stellenbosch@example.org', { lang: 'en' });
	await expect(page).toHaveURL(/\/en\/workspace$/);
	await expect(page.getByRole('main').getByRole('row', { name: /^Stellenbosch Municipality/ })).toContainText(
		t('en', 'role_coordinator')
	);
});

test('a signed-out visitor to the workspace signs in and comes back, then signs out', async ({ page }) => {
	await page.goto('/sv/workspace');
	await expect(page).toHaveURL(/\/sv\/sign-in\?redirectTo=%2Fsv%2Fworkspace$/);
	await signIn(page, 'pitea@example.org');
	await expect(page).toHaveURL(/\/sv\/workspace$/);
	await page
		.getByRole('banner')
		.getByRole('button', { name: t('sv', 'nav_sign_out') })
		.click();
	await expect(page).toHaveURL(/\/sv$/);
	await page.goto('/sv/workspace');
	await expect(page).toHaveURL(/\/sign-in/);
});

test('a wrong password is refused without saying whether the account exists', async ({ page }) => {
	await page.goto('/en/sign-in');
	for (const email of ['member@example.org', 'nobody@example.org']) {
		await page.getByLabel(t('en', 'auth_email_label')).fill(email);
		await page.getByLabel(t('en', 'auth_password_label'), { exact: true }).fill('not-the-password');
		await page
			.getByRole('main')
			.getByRole('button', { name: t('en', 'auth_sign_in') })
			.click();
		await expect(page.getByRole('main')).toContainText(t('en', 'auth_error_invalid_credentials'));
		// What was typed stays.
		await expect(page.getByLabel(t('en', 'auth_email_label'))).toHaveValue(email);
	}
	await expectNoSeriousA11yViolations(page);
});

test('a person resets a forgotten password through the mailed link', async ({ page, browser }) => {
	// A person of this journey's own: a changed password would fail any other journey's sign-in.
	const { email } = await newPerson(browser);
	const since = Date.now();
	await page.goto('/sv/sign-in');
	await page.getByRole('link', { name: t('sv', 'auth_forgot_password_link') }).click();
	// The sign-in form has an e-mail field of the same name: wait for the new page before typing.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'auth_forgot_title'));
	await page.getByLabel(t('sv', 'auth_email_label')).fill(email);
	await page.getByRole('button', { name: t('sv', 'auth_forgot_submit') }).click();
	await expect(page.getByRole('main')).toContainText(t('sv', 'auth_forgot_sent').slice(0, 40));

	const link = await resetLinkFor(email, { since });
	await page.goto(link);
	await page.getByLabel(t('sv', 'auth_new_password_label')).fill('a brand new secret phrase');
	await page.getByLabel(t('sv', 'auth_confirm_password_label')).fill('a brand new secret phrase');
	await page.getByRole('button', { name: t('sv', 'auth_reset_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/sign-in/);
	await expect(page.getByRole('main')).toContainText(t('sv', 'auth_reset_done'));
	await expectNoSeriousA11yViolations(page);

	await signIn(page, email, { password: 'a brand new secret phrase' });
	await expect(page).toHaveURL(/\/sv\/workspace$/);

	// The link works once.
	await page.context().clearCookies();
	await page.goto(link);
	await expect(page.getByRole('main')).toContainText(t('sv', 'auth_error_reset_link_invalid'));
});

test('what a person types before the page’s script has loaded is kept (a slow connection)', async ({ page }) => {
	let release!: () => void;
	const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await scriptsMayLoad;
		await route.continue();
	});
	// Module scripts hold back DOMContentLoaded: the page is there to type in before that.
	await page.goto('/sv/sign-in', { waitUntil: 'commit' });
	const email = page.getByLabel(t('sv', 'auth_email_label'));
	await email.fill('coordinator@example.org');
	release();
	await page.waitForLoadState('networkidle');
	await expect(email).toHaveValue('coordinator@example.org');
});
