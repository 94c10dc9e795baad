import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { langs, t } from './support/messages';

const networkName = {
	sv: 'Nätverk för mänskliga rättigheter',
	en: 'Human Rights Network',
	es: 'Red de Derechos Humanos'
};
const partnershipTitle = {
	sv: 'En tillgänglig kommun för alla',
	en: 'An accessible municipality for everyone',
	es: 'Un municipio accesible para todos'
};

for (const lang of langs) {
	test(`a reader browses home → network → partnership → organisation in ${lang}`, async ({ page }) => {
		await page.goto(`/${lang}`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expectNoSeriousA11yViolations(page);

		await page.getByRole('main').getByRole('link', { name: networkName[lang] }).first().click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/networks/human-rights$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(networkName[lang]);
		await expectNoSeriousA11yViolations(page);

		await page.getByRole('link', { name: partnershipTitle[lang] }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/partnerships/jonkoping-stellenbosch$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnershipTitle[lang]);
		await expect(page.getByRole('link', { name: 'Stellenbosch Municipality' })).toBeVisible();
		await expectNoSeriousA11yViolations(page);

		await page.getByRole('link', { name: 'Jönköpings kommun' }).first().click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/organisations/`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jönköpings kommun');
		await expectNoSeriousA11yViolations(page);
	});
}

test('the language switcher keeps the page and its filters', async ({ page }) => {
	await page.goto('/sv/partnerships?theme=youth-participation');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/partnerships\?theme=youth-participation$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/partnerships\?theme=youth-participation$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	// The choice is remembered: the root now opens in Spanish.
	await page.goto('/');
	await expect(page).toHaveURL(/\/es$/);
});

test('partnerships filter by country through the URL and show only matching ones', async ({ page }) => {
	await page.goto('/en/partnerships?country=BW');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: /Bollnäs and Lobatse/ })).toBeVisible();
	await expect(main.getByRole('link', { name: 'Equal services in the city' })).toBeVisible();
	await expect(main.getByRole('link', { name: 'An accessible municipality for everyone' })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});

test('an unknown page answers 404 in the reader’s language', async ({ page }) => {
	const response = await page.goto('/es/partnerships/no-such-partnership');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('es', 'error_not_found_title'));
	await expectNoSeriousA11yViolations(page);
});
