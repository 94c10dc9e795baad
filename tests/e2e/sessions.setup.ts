import { expect, test as setup } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { DEMO_PASSWORD, sessionFile, sessionPeople, setUpTwoFactor, signIn } from './support/session';

// Runs before every journey (the "sessions" project in playwright.config.ts): each demo person signs in
// once and the session is kept for the journeys to start from. The first sign-in of staff on a new
// database is itself a journey: every page leads to the two-factor setup until it is done. It runs
// here because it can only run first; two-factor.spec.ts tests the code step that follows.

setup('staff are led to set up two-factor sign-in before anything else', async ({ page }) => {
	const email = 'staff@example.org';
	await page.goto('/sv/sign-in');
	await page.getByLabel(t('sv', 'auth_email_label')).fill(email);
	await page.getByLabel(t('sv', 'auth_password_label'), { exact: true }).fill(DEMO_PASSWORD);
	await page
		.getByRole('main')
		.getByRole('button', { name: t('sv', 'auth_sign_in') })
		.click();
	await expect(page).toHaveURL(/\/sv\/workspace\/settings\/two-factor$/);
	await expect(page.getByText(t('sv', 'security_two_factor_required_staff'))).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.goto('/sv/admin/organisations');
	await expect(page).toHaveURL(/\/sv\/workspace\/settings\/two-factor$/);
	const api = await page.request.get('/api/v1/organisations?limit=1', { headers: { accept: 'application/json' } });
	expect(api.status()).toBe(403);

	await setUpTwoFactor(page, 'sv', email);
	// Set up, the staff area opens.
	await page.goto('/sv/admin/organisations');
	await expect(page).toHaveURL(/\/sv\/admin\/organisations$/);
	await page.context().storageState({ path: sessionFile(email) });
});

for (const email of sessionPeople.filter((person) => person !== 'staff@example.org'))
	setup(`${email} signs in`, async ({ page }) => {
		await signIn(page, email);
		await expect(page).toHaveURL(/\/sv\/workspace$/);
		await page.context().storageState({ path: sessionFile(email) });
	});
