import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { useSession } from './support/session';

// Numbers are read as people write them ("97 000", "57,78"), and every message a form answers with is
// one of ours, in the reader's language: never a validator's "Ogiltig(t) UUID".

const zodWords = /UUID|Ogiltig|förväntat|Invalid input|expected/;

test('staff write a population and coordinates as they are written in Swedish', async ({ page }) => {
	const name = `Mullsjö kommun ${Date.now().toString(36)}`;
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/organisations/new');
	await page.getByLabel(t('sv', 'admin_field_organisation_name')).fill(name);
	await page.getByLabel(t('sv', 'admin_field_kind')).selectOption('municipality');
	await page.getByLabel(t('sv', 'admin_field_country')).selectOption('SE');
	await page.getByLabel(t('sv', 'admin_field_population')).fill('7 300,5');
	await page.getByLabel(t('sv', 'admin_field_latitude')).fill('57,92');
	await page.getByLabel(t('sv', 'admin_field_longitude')).fill('14.07');
	await page.getByRole('button', { name: t('sv', 'admin_create') }).click();

	// Half an inhabitant: our message, with an example written the Swedish way.
	const population = page.getByLabel(t('sv', 'admin_field_population'));
	await expect(population).toHaveAccessibleDescription(t('sv', 'validation_population', { example: '97\u00a0000' }));
	await expect(page.getByRole('main')).not.toContainText(zodWords);
	await expectNoSeriousA11yViolations(page);

	await population.fill('7\u00a0300');
	await page.getByRole('button', { name: t('sv', 'admin_create') }).click();
	await expect(page).toHaveURL(/\/sv\/admin\/organisations\/[0-9a-f-]{36}\?created=1$/);
	// Shown again as a Swedish reader writes them, so that saving unchanged keeps them.
	await expect(page.getByLabel(t('sv', 'admin_field_population'))).toHaveValue('7300');
	await expect(page.getByLabel(t('sv', 'admin_field_latitude'))).toHaveValue('57,92');
	await expect(page.getByLabel(t('sv', 'admin_field_longitude'))).toHaveValue('14,07');
});

test('a partnership without a programme or a theme asks for them by name', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await page.goto('/es/admin/partnerships/new');
	await page.getByLabel(t('es', 'partnership_form_programme')).selectOption('');
	await page.getByRole('button', { name: t('es', 'partnership_new_submit') }).click();
	await expect(page.getByLabel(t('es', 'partnership_form_programme'))).toHaveAccessibleDescription(
		t('es', 'validation_choose_programme')
	);
	await expect(page.getByLabel(t('es', 'partnership_form_theme'))).toHaveAccessibleDescription(
		t('es', 'validation_choose_theme')
	);
	await expect(page.getByRole('main')).not.toContainText(/UUID|Inválid|Entrada inválida|esperaba/);
});

test('staff read an answer’s confirmations as “Confirmed: the requirement”', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/calls');
	await page
		.getByRole('link', { name: 'Kommuner i Colombia, Guatemala och Sydafrika söker en svensk partner' })
		.first()
		.click();
	await page
		.getByRole('link', { name: t('sv', 'calls_admin_answers_link') })
		.first()
		.click();
	// The first answer's own link: the column headers' sort links come before it.
	await page.getByRole('main').getByRole('table').locator('tbody').getByRole('link').first().click();
	await expect(page.getByRole('heading', { name: t('sv', 'review_section_confirmations') })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Kommunstyrelsen eller regionstyrelsen' })).toHaveText(
		/^\s*(Bekräftat|Inte bekräftat): Kommunstyrelsen eller regionstyrelsen står bakom ansökan\.\s*$/
	);
});
