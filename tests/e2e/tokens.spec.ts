import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { DEMO_PASSWORD, useSession } from './support/session';

// A personal API token is made in Settings with the password typed again, and a token cannot make another.

test('a person makes an API token with their password, and the token cannot make tokens', async ({ page }) => {
	await useSession(page, 'member@example.org');
	await page.goto('/en/workspace/settings');
	const form = page.getByRole('form', { name: t('en', 'token_create_heading') });
	await form.getByLabel(t('en', 'token_field_name')).fill('Nightly export');

	await form.getByRole('button', { name: t('en', 'token_create_submit') }).click();
	await expect(page.getByText(t('en', 'token_error_password_required')).first()).toBeVisible();
	await expect(form.getByLabel(t('en', 'token_field_name'))).toHaveValue('Nightly export');
	await expectNoSeriousA11yViolations(page);

	await form.getByLabel(t('en', 'token_field_password')).fill('not my password');
	await form.getByRole('button', { name: t('en', 'token_create_submit') }).click();
	await expect(page.getByText(t('en', 'token_error_password_wrong')).first()).toBeVisible();

	await form.getByLabel(t('en', 'token_field_password')).fill(DEMO_PASSWORD);
	await form.getByRole('button', { name: t('en', 'token_create_submit') }).click();
	const secret = await page.getByLabel(t('en', 'token_secret_label'), { exact: true }).inputValue();
	expect(secret).toMatch(/^glk_/);

	const child = await page.request.post('/api/v1/tokens', {
		headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
		data: { name: 'Child', password: DEMO_PASSWORD }
	});
	expect(child.status()).toBe(403);
	expect((await child.json()).error.message).toBe(t('en', 'token_error_session_only'));
});
