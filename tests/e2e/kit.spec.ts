import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// The kit's documentation page shows every piece live: axe on it checks each piece's markup and colours.
for (const lang of ['sv', 'en'] as const) {
	test(`the kit's page in ${lang} shows its pieces and passes axe`, async ({ page }) => {
		const response = await page.goto(`/${lang}/docs/kit`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.getByRole('heading', { level: 2, name: 'Button', exact: true })).toBeVisible();

		const buttons = page.locator('#kit-button').locator('xpath=..');
		await expect(buttons.locator('button.button-danger')).toHaveCount(1);
		const badges = page.locator('.badge-success');
		expect(await badges.count()).toBeGreaterThan(1);

		// Tabs: the current tab is marked, and the arrow keys move between tabs.
		const tabs = page.locator('#kit-tabs').locator('xpath=..').getByRole('navigation');
		await expect(tabs.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/docs/kit`);
		await tabs.getByRole('link').first().focus();
		await page.keyboard.press('ArrowRight');
		await expect(tabs.getByRole('link').nth(1)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(tabs.getByRole('link').last()).toBeFocused();

		// The chart is an image named by its title, with its figures as a table behind a disclosure.
		const chart = page.locator('#kit-chart-frame').locator('xpath=..');
		await expect(chart.getByRole('img')).toHaveAccessibleName(/./);
		await chart.locator('summary').click();
		await expect(chart.locator('details').getByRole('table')).toBeVisible();

		await expectNoSeriousA11yViolations(page);
	});
}
