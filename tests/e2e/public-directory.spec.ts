import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';

// What a visitor finds first: the directory of organisations, the open call on the home page, and
// the footer's way to every public section.

test('a visitor searches the organisations, finds Jönköping and opens it', async ({ page }) => {
	await page.goto('/en');
	await page
		.getByRole('navigation', { name: t('en', 'nav_main_label') })
		.getByRole('link', {
			name: t('en', 'nav_organisations')
		})
		.click();
	await expect(page).toHaveURL(/\/en\/organisations$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'organisations_public_title'));
	await expectNoSeriousA11yViolations(page);

	// Typed without the accent, as on an English keyboard.
	await page.getByLabel(t('en', 'organisations_filter_name')).fill('jonkoping');
	await page.getByRole('button', { name: t('en', 'organisations_filter_submit') }).click();
	await expect(page).toHaveURL(/\/en\/organisations\?q=jonkoping/);
	const results = page.getByRole('region', { name: t('en', 'organisations_count_one', { count: 1 }) });
	await expect(results.getByRole('link', { name: 'Jönköpings kommun' })).toBeVisible();
	await expect(results.getByRole('link', { name: 'Piteå kommun' })).toHaveCount(0);
	await expect(page.getByLabel(t('en', 'organisations_filter_name'))).toHaveValue('jonkoping');
	await expectNoSeriousA11yViolations(page);

	await results.getByRole('link', { name: 'Jönköpings kommun' }).click();
	await expect(page).toHaveURL(/\/en\/organisations\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jönköpings kommun');
	await expect(page.getByRole('link', { name: 'An accessible municipality for everyone' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('a search that finds nothing says so and offers to start again', async ({ page }) => {
	await page.goto('/sv/organisations?q=Atlantis&kind=municipality');
	await expect(page.getByText(t('sv', 'organisations_empty_title'))).toBeVisible();
	await page
		.getByRole('main')
		.getByRole('link', { name: t('sv', 'public_filter_clear') })
		.last()
		.click();
	await expect(page).toHaveURL(/\/sv\/organisations$/);
	await expect(page.getByRole('link', { name: 'Jönköpings kommun' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('the home page points to the open call, and the footer to every public section', async ({ page }) => {
	await page.goto('/es');
	const calls = page.getByRole('region', { name: t('es', 'public_home_calls_heading') });
	await expect(calls.getByText(t('es', 'calls_closes'))).not.toHaveCount(0);
	const footer = page.getByRole('contentinfo');
	for (const key of ['nav_networks', 'nav_partnerships', 'nav_organisations', 'nav_calls', 'nav_partners_sought'])
		await expect(footer.getByRole('link', { name: t('es', key) })).toBeVisible();
	await expect(footer.getByRole('link', { name: /^ICLD/ })).toHaveAttribute('href', /^\/es\/organisations\//);

	await calls
		.getByRole('link', { name: 'Municipios de Colombia, Guatemala y Sudáfrica buscan un socio sueco' })
		.click();
	await expect(page).toHaveURL(/\/es\/calls\/partner-search-2027$/);
});
