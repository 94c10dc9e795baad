import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { signIn } from './support/session';

// Every time a page shows reads one way (decision 0012): date, time and the zone named once, on the
// programme's clock (Stockholm in the demo) or, in a browser elsewhere, on the reader's own.

const CALL = 'Kommuner i Colombia, Guatemala och Sydafrika söker en svensk partner';
const run = Date.now().toString(36);

/** "15 februari 2027 kl. 23:59": date and time on a zone's clock, as the server's Intl writes them. */
function wallClock(iso: string, timeZone: string, lang = 'sv'): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Each time the page's main content shows, as [datetime attribute, text]; at least one. */
async function shownTimes(page: Page): Promise<[string, string][]> {
	const times = page.getByRole('main').locator('time[datetime]');
	await expect(times.first()).toBeVisible();
	return times.evaluateAll((all) => all.map((time) => [time.getAttribute('datetime')!, time.textContent!.trim()]));
}

/** Every time on the page is the Stockholm wall clock of its instant, with the zone named once. */
async function expectStockholmTimes(page: Page, lang = 'sv', zone = 'centraleuropeisk tid') {
	for (const [iso, text] of await shownTimes(page))
		expect(text).toBe(`${wallClock(iso, 'Europe/Stockholm', lang)} (${zone})`);
}

test.describe('in Stockholm', () => {
	test.use({ timezoneId: 'Europe/Stockholm' });

	test('the deadline, the review, the history and the audit log show times the same way', async ({ page }) => {
		await page.goto('/sv/calls/partner-search-2027');
		const deadline = page.getByRole('main').locator('time[datetime]').last();
		await expect(deadline).toHaveText('15 februari 2027 kl. 23:59 (centraleuropeisk tid)');
		await expectStockholmTimes(page);

		await page.goto('/en/calls/partner-search-2027');
		await expect(page.getByRole('main').locator('time[datetime]').last()).toHaveText(
			/^February 15, 2027 at 11:59\s?PM \(Central European Time\)$/
		);

		await signIn(page, 'staff@example.org');
		await page.goto('/sv/admin/calls');
		await expectStockholmTimes(page);
		await page.getByRole('link', { name: CALL }).first().click();
		await page.getByRole('link', { name: t('sv', 'calls_admin_answers_link') }).click();
		await page.getByRole('main').locator('tbody th a').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectStockholmTimes(page);

		await page.goto('/sv/workspace/partnerships/jonkoping-stellenbosch/history');
		await expectStockholmTimes(page);
		await page.goto('/sv/workspace/partnerships/jonkoping-stellenbosch');
		await expectStockholmTimes(page);

		await page.goto('/sv/admin/audit');
		await expect(page.getByRole('main')).toContainText(t('sv', 'audit_times_note', { zone: 'centraleuropeisk tid' }));
		await expectStockholmTimes(page);
		await expect(page.getByRole('main')).not.toContainText(/\b(CET|CEST|UTC|GMT[+-]\d)/);
		await expectNoSeriousA11yViolations(page);
	});

	test('staff type a call’s times on the Stockholm clock and read them back, across the clock changes', async ({
		page
	}) => {
		const title = `Klockan ställs om ${run}`;
		await signIn(page, 'staff@example.org');
		await page.goto('/sv/admin/calls/new');
		await expect(page.getByRole('main')).toContainText(
			t('sv', 'calls_field_time_hint', { zone: 'centraleuropeisk tid' })
		);
		await page
			.getByLabel(t('sv', 'calls_field_kind'))
			.selectOption({ label: t('sv', 'call_kind_network_recruitment') });
		await page
			.getByRole('group', { name: new RegExp(`^${t('sv', 'calls_field_title')}`) })
			.getByLabel('svenska', { exact: true })
			.fill(title);
		// 28 March 2027 has no 02:30 (the clocks go from 02:00 to 03:00); 31 October has it twice.
		await page.getByLabel(t('sv', 'calls_field_opens')).fill('2027-03-28T02:30');
		await page.getByLabel(t('sv', 'calls_field_closes')).fill('2027-10-31T02:30');
		await page.getByRole('button', { name: t('sv', 'admin_create') }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'calls_admin_edit_title', { title }));
		await expect(page.getByLabel(t('sv', 'calls_field_opens'))).toHaveValue('2027-03-28T03:30');
		await expect(page.getByLabel(t('sv', 'calls_field_closes'))).toHaveValue('2027-10-31T02:30');

		await page.goto('/sv/admin/calls');
		const row = page.getByRole('row').filter({ hasText: title });
		// The first 02:30 of the two, still summer time: 00:30 UTC.
		await expect(row.locator('time')).toHaveAttribute('datetime', '2027-10-31T00:30:00.000Z');
		await expect(row.locator('time')).toHaveText('31 oktober 2027 kl. 02:30 (centraleuropeisk tid)');
	});
});

test.describe('in Bogotá', () => {
	test.use({ timezoneId: 'America/Bogota' });

	test('the browser shows a call’s times on the reader’s clock, naming that zone', async ({ page }) => {
		await page.goto('/sv/calls/partner-search-2027');
		const deadline = page.getByRole('main').locator('time[datetime]').last();
		await expect(deadline).toHaveText(/^15 februari 2027 kl\. 17:59 \((?!centraleuropeisk).+\)$/);
		for (const [iso, text] of await shownTimes(page)) {
			expect(text.startsWith(`${wallClock(iso, 'America/Bogota')} (`)).toBe(true);
		}
	});
});
