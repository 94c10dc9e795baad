import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { useSession } from './support/session';

const slug = 'jonkoping-stellenbosch';
const title = 'En tillgänglig kommun för alla';

test('staff read a partnership’s history and filter the audit log by organisation', async ({ page }) => {
	await useSession(page, 'staff@example.org');

	await page.goto(`/sv/workspace/partnerships/${slug}`);
	await page
		.getByRole('navigation', { name: t('sv', 'partnership_sections_label') })
		.getByRole('link', { name: t('sv', 'partnership_tab_history') })
		.click();
	await expect(page).toHaveURL(new RegExp(`/sv/workspace/partnerships/${slug}/history$`));
	await expect(page.getByRole('heading', { level: 2, name: t('sv', 'history_title') })).toBeVisible();
	// The demo partnership was created by the seed: the system.
	const created = t('sv', 'history_verb_created', { thing: t('sv', 'history_thing_partnership') });
	await expect(page.getByRole('heading', { level: 3, name: created })).toBeVisible();
	await expect(page.getByText(t('sv', 'history_by', { name: t('sv', 'history_system') })).first()).toBeVisible();
	await expect(page.getByRole('columnheader', { name: t('sv', 'history_change_after') }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.goto('/sv/admin');
	await page
		.getByRole('navigation', { name: t('sv', 'admin_nav_label') })
		.getByRole('link', { name: t('sv', 'audit_nav') })
		.click();
	await expect(page).toHaveURL(/\/sv\/admin\/audit$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'audit_title'));
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel(t('sv', 'audit_filter_organisation')).selectOption({ label: 'Jönköpings kommun (Sverige)' });
	await page.getByRole('button', { name: t('sv', 'audit_filter_submit'), exact: true }).click();
	await expect(page).toHaveURL(/\/sv\/admin\/audit\?.*organisation=[0-9a-f-]{36}/);
	const toHistory = page.getByRole('link', { name: t('sv', 'audit_history_link', { title }) }).first();
	await expect(toHistory).toBeVisible();
	await expect(page.getByRole('link', { name: t('sv', 'audit_filter_clear') })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await toHistory.click();
	await expect(page).toHaveURL(new RegExp(`/sv/workspace/partnerships/${slug}/history$`));
});

test('a bad filter in the audit log is explained, not an error page', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	const response = await page.goto('/sv/admin/audit?from=igår&organisation=nope');
	expect(response?.status()).toBe(200);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(t('sv', 'audit_filter_invalid'));
	await expect(alert).toContainText(t('sv', 'audit_error_date'));
	await expect(alert).toContainText(t('sv', 'audit_error_organisation'));
});

test('a partnership’s history does not exist for another organisation’s coordinator', async ({ page }) => {
	// Stellenbosch's coordinator is no party to Piteå – Chinsali. (Not Piteå's coordinator here: the
	// password-reset journey changes that account's password.)
	await useSession(page, 'stellenbosch@example.org');
	const response = await page.goto('/en/workspace/partnerships/pitea-chinsali/history');
	expect(response?.status()).toBe(404);
});
