import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { useSession } from './support/session';

// The demo's Åmål – Sogamoso partnership is in its inception phase, which the demo programme does not show
// (public from the project phase on, decision 0013). Pitea – Chinsali was completed in June 2024.

const planning = 'amal-sogamoso';
const title = 'Young people against violence in close relationships';

test('staff publish a partnership still in inception, after a confirmation, and take it back', async ({
	page,
	browser
}) => {
	const reader = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	expect((await reader.goto(`/en/partnerships/${planning}`))?.status()).toBe(404);
	await reader.goto('/en/networks/gender-equality');
	await expect(reader.getByRole('main')).not.toContainText(title);

	await useSession(page, 'staff@example.org');
	await page.goto(`/sv/workspace/partnerships/${planning}`);
	const section = page.getByRole('region', { name: t('sv', 'partnership_publicity_heading') });
	await expect(section).toContainText(t('sv', 'partnership_publicity_hidden_project'));
	await expect(
		page
			.getByRole('navigation', { name: t('sv', 'partnership_sections_label') })
			.getByRole('link', { name: t('sv', 'partnership_public_page') })
	).toHaveCount(0);

	await section.locator('summary', { hasText: t('sv', 'partnership_publicity_publish_open') }).click();
	await expectNoSeriousA11yViolations(page);
	await section.getByRole('button', { name: t('sv', 'partnership_publicity_publish_submit') }).click();
	await expect(page.getByRole('alert')).toContainText(t('sv', 'partnership_publicity_confirm_required'));
	await section.getByLabel(t('sv', 'partnership_publicity_publish_confirm')).check();
	await section.getByRole('button', { name: t('sv', 'partnership_publicity_publish_submit') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'partnership_published_done'));
	await expect(section).toContainText(/Offentligt sedan/);

	expect((await reader.goto(`/en/partnerships/${planning}`))?.status()).toBe(200);
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
	await reader.goto('/en/networks/gender-equality');
	await expect(reader.getByRole('main')).toContainText(title);

	// Taken back, it follows the programme's rule again: hidden while in inception.
	await section.locator('summary', { hasText: t('sv', 'partnership_publicity_unpublish_open') }).click();
	await section.getByLabel(t('sv', 'partnership_publicity_unpublish_confirm')).check();
	await section.getByRole('button', { name: t('sv', 'partnership_publicity_unpublish_submit') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'partnership_unpublished_done'));
	expect((await reader.goto(`/en/partnerships/${planning}`))?.status()).toBe(404);
});

test('a completed partnership reads as a record: no open warnings, plan and groups without forms', async ({ page }) => {
	// Staff may edit every partnership: a completed one is read only all the same. (Not pitea@example.org,
	// whose password another journey changes.)
	await useSession(page, 'staff@example.org');
	const base = '/sv/workspace/partnerships/pitea-chinsali';
	await page.goto(base);
	await expect(page.getByText(t('sv', 'partnership_error_completed'))).toBeVisible();
	await expect(page.getByRole('region', { name: t('sv', 'partnership_warnings_heading') })).toContainText(
		t('sv', 'partnership_warnings_ended')
	);
	// The phases the seeds' years imply, not the day the demo was loaded.
	const timeline = page.getByRole('region', { name: t('sv', 'phase_timeline_heading') });
	await expect(timeline).toContainText('30 juni 2024');
	await expect(timeline).toContainText('1 september 2021');
	await expectNoSeriousA11yViolations(page);

	await page.goto(`${base}/plan`);
	await expect(page.getByRole('link', { name: t('sv', 'plan_edit_link') })).toHaveCount(0);
	await page.goto(`${base}/governance?add=steering`);
	await expect(page.getByRole('link', { name: t('sv', 'governance_add_steering_heading') })).toHaveCount(0);
	await expect(page.getByLabel(t('sv', 'governance_field_name'), { exact: true })).toHaveCount(0);
	await page.goto(`${base}/results`);
	await expect(page.getByRole('link', { name: t('sv', 'results_add_result') })).toHaveCount(0);
});
