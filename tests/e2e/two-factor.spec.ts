import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { newPerson } from './support/people';
import { codeFrom, DEMO_PASSWORD, remember, rememberedKey, sessionPage, signIn } from './support/session';

async function signOut(page: Page) {
	await page
		.getByRole('banner')
		.getByRole('button', { name: t('sv', 'nav_sign_out') })
		.click();
	await expect(page).toHaveURL(/\/sv$/);
}

async function passwordStep(page: Page, email: string, password: string) {
	await page.goto('/sv/sign-in');
	await page.getByLabel(t('sv', 'auth_email_label')).fill(email);
	await page.getByLabel(t('sv', 'auth_password_label'), { exact: true }).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: t('sv', 'auth_sign_in') })
		.click();
}

test('a member sets up two-factor sign-in in Settings, then signs in with a code and with a recovery code', async ({
	page,
	browser
}) => {
	// A member of this journey's own: the demo member's sign-in stays as other journeys expect it.
	const { email, password } = await newPerson(browser);
	await signIn(page, email, { password });
	await page.goto('/sv/workspace/settings');
	await page.getByRole('link', { name: t('sv', 'security_two_factor_title') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'security_two_factor_title'));
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel(t('sv', 'auth_password_label'), { exact: true }).fill(password);
	await page.getByRole('button', { name: t('sv', 'security_setup_start') }).click();
	await expect(page.getByRole('img', { name: t('sv', 'security_setup_qr_label') })).toBeVisible();
	const key = (await page.getByTestId('two-factor-key').textContent())!.trim();
	await expectNoSeriousA11yViolations(page);
	// A wrong first code keeps the same key on the page, to try again.
	await page.getByLabel(t('sv', 'security_code_label')).fill('000000');
	await page.getByRole('button', { name: t('sv', 'security_setup_confirm') }).click();
	await expect(page.getByText(t('sv', 'security_code_wrong')).first()).toBeVisible();
	await expect(page.getByTestId('two-factor-key')).toHaveText(key);
	await page.getByLabel(t('sv', 'security_code_label')).fill(codeFrom(key));
	await page.getByRole('button', { name: t('sv', 'security_setup_confirm') }).click();

	const codes = page.getByTestId('recovery-codes').getByRole('listitem');
	await expect(codes).toHaveCount(10);
	const recoveryCodes = await codes.allTextContents();
	remember(email, key, recoveryCodes);
	await expect(page.getByRole('link', { name: t('sv', 'security_recovery_codes_download') })).toHaveAttribute(
		'download',
		'glokal-recovery-codes.txt'
	);
	await expectNoSeriousA11yViolations(page);

	// The password alone no longer signs in: the code step follows.
	await signOut(page);
	await passwordStep(page, email, password);
	await expect(page).toHaveURL(/\/sv\/sign-in\/two-factor/);
	await expectNoSeriousA11yViolations(page);
	await page.getByLabel(t('sv', 'security_code_label')).fill('999999');
	await page.getByRole('button', { name: t('sv', 'security_sign_in_code_submit') }).click();
	await expect(page.getByText(t('sv', 'security_code_wrong')).first()).toBeVisible();
	await page.getByLabel(t('sv', 'security_code_label')).fill(codeFrom(key));
	await page.getByRole('button', { name: t('sv', 'security_sign_in_code_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/workspace$/);

	// A recovery code works once.
	await signOut(page);
	await passwordStep(page, email, password);
	await page.getByRole('link', { name: t('sv', 'security_use_recovery_code') }).click();
	await page.getByLabel(t('sv', 'security_recovery_code_label')).fill(recoveryCodes[0]!);
	await page.getByRole('button', { name: t('sv', 'security_sign_in_code_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/workspace$/);
	await page.goto('/sv/workspace/settings/two-factor');
	await expect(page.getByText(t('sv', 'security_recovery_codes_left', { count: 9 }))).toBeVisible();

	// Members may turn it off again (staff may not).
	await page.getByLabel(t('sv', 'auth_password_label'), { exact: true }).fill(password);
	await page.getByRole('button', { name: t('sv', 'security_two_factor_turn_off') }).click();
	await expect(page.getByText(t('sv', 'security_two_factor_turned_off'))).toBeVisible();

	// Staff search everyone's sign-in events in the audit log: the recovery code used above is there once.
	const staff = await sessionPage(browser, 'staff@example.org');
	await staff.goto('/sv/admin/audit');
	await staff.getByRole('link', { name: t('sv', 'security_audit_link') }).click();
	await staff.getByLabel(t('sv', 'security_audit_filter_who')).fill(email);
	await staff.getByLabel(t('sv', 'security_audit_filter_kind'), { exact: true }).selectOption('recovery_code_used');
	await staff.getByRole('button', { name: t('sv', 'audit_filter_submit') }).click();
	await expect(staff.getByRole('row').filter({ hasText: t('sv', 'security_event_recovery_code_used') })).toHaveCount(1);
	await expectNoSeriousA11yViolations(staff);
	await staff.context().close();
});

test('staff are asked for a code after their password, and cannot turn two-factor sign-in off', async ({ page }) => {
	// Their first sign-in, which leads to the setup, is the first journey of all (sessions.setup.ts).
	const email = 'staff@example.org';
	await passwordStep(page, email, DEMO_PASSWORD);
	await expect(page).toHaveURL(/\/sv\/sign-in\/two-factor/);
	await page.getByLabel(t('sv', 'security_code_label')).fill(codeFrom(rememberedKey(email)!));
	await page.getByRole('button', { name: t('sv', 'security_sign_in_code_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/workspace$/);
	// Without the turn-off button: staff keep it.
	await page.goto('/sv/workspace/settings/two-factor');
	await expect(page.getByRole('heading', { name: t('sv', 'security_two_factor_on') })).toBeVisible();
	await expect(page.getByRole('button', { name: t('sv', 'security_two_factor_turn_off') })).toHaveCount(0);
});

test('a person sees their sessions and ends another one', async ({ page, browser }) => {
	// A person of this journey's own: ending "every other session" would sign out other journeys.
	const { email, password } = await newPerson(browser);
	const elsewhere = await browser.newContext({
		userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
	});
	const other = await elsewhere.newPage();
	await signIn(other, email, { password });
	const third = await browser.newContext();
	const thirdPage = await third.newPage();
	await signIn(thirdPage, email, { password });
	await signIn(page, email, { password });

	await page.goto('/sv/workspace/settings/sessions');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'security_sessions_title'));
	await expect(page.getByRole('row').filter({ hasText: t('sv', 'security_session_this') })).toHaveCount(1);
	await expectNoSeriousA11yViolations(page);
	await page
		.getByRole('button', { name: t('sv', 'security_session_end_label', { device: 'Firefox on Windows' }) })
		.first()
		.click();
	await expect(page.getByText(t('sv', 'security_sessions_ended', { count: 1 }))).toBeVisible();

	await other.goto('/sv/workspace');
	await expect(other).toHaveURL(/\/sv\/sign-in\?redirectTo=/);
	await elsewhere.close();

	// Everything but this session ends at once (the third browser's); the sign-in events show the endings.
	await page.getByRole('button', { name: t('sv', 'security_sessions_end_others') }).click();
	await expect(page.getByRole('button', { name: t('sv', 'security_sessions_end_others') })).toHaveCount(0);
	await thirdPage.goto('/sv/workspace');
	await expect(thirdPage).toHaveURL(/\/sv\/sign-in\?redirectTo=/);
	await third.close();
	await page.goto('/sv/workspace/settings/sessions');
	await expect(page.getByRole('button', { name: t('sv', 'security_sessions_end_others') })).toHaveCount(0);
	await expect(
		page
			.getByRole('row')
			.filter({ hasText: t('sv', 'security_event_session_ended') })
			.first()
	).toBeVisible();
});
