import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the health check answers ok on the embedded database', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-store');
	const body = await response.json();
	expect(body).toMatchObject({ status: 'ok', database: 'pglite' });
	expect(body.migration).toEqual(expect.any(String));
});

test('the root sends readers to their language', async ({ request }) => {
	for (const [acceptLanguage, expected] of [
		['sv', '/sv'],
		['en-GB', '/en'],
		['en-GB,en;q=0.9,sv;q=0.8', '/en'],
		['de-DE', '/sv']
	] as const) {
		const response = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
		expect(response.status(), `Accept-Language: ${acceptLanguage}`).toBe(302);
		expect(
			new URL(response.headers()['location'] ?? '', 'http://x').pathname,
			`Accept-Language: ${acceptLanguage}`
		).toBe(expected);
	}
});

test('the English home page says it is English and passes axe', async ({ page }) => {
	const response = await page.goto('/en');
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});
