import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { yearFromNow } from './support/dates';
import { t } from './support/messages';
import { useSession } from './support/session';

// Every time a page shows reads one way (decision 0012): date, time and the zone named once, on the
// programme's clock (Stockholm in the demo) or, in a browser elsewhere, on the reader's own.

const CALL = 'Kommuner i Colombia, Guatemala och Sydafrika söker en svensk partner';
const run = Date.now().toString(36);

/** "15 februari 2027 kl. 23:59": date and time on a zone's clock, as the server's Intl writes them. */
function wallClock(iso: string, timeZone: string, lang = 'sv'): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The same text as a pattern that lets any one space differ (browsers put a narrow one before "PM"). */
function loosely(text: string): RegExp {
	return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s?')}$`);
}

/** The last Sunday of a month (0 = January): the day Europe's clocks change in March and October. */
function lastSunday(year: number, month: number): string {
	const day = new Date(Date.UTC(year, month + 1, 0));
	day.setUTCDate(day.getUTCDate() - day.getUTCDay());
	return day.toISOString().slice(0, 10);
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
		// The demo's partner search closes at 23:59 on the programme's clock, ten weeks after the demo was loaded.
		const closes = (await deadline.getAttribute('datetime'))!;
		const weeksAway = (Date.parse(closes) - Date.now()) / (7 * 86_400_000);
		expect(weeksAway).toBeGreaterThan(9);
		expect(weeksAway).toBeLessThan(10.2);
		expect(wallClock(closes, 'Europe/Stockholm')).toMatch(/ kl\. 23:59$/);
		await expect(deadline).toHaveText(`${wallClock(closes, 'Europe/Stockholm')} (centraleuropeisk tid)`);
		await expectStockholmTimes(page);

		await page.goto('/en/calls/partner-search-2027');
		await expect(page.getByRole('main').locator('time[datetime]').last()).toHaveText(
			loosely(`${wallClock(closes, 'Europe/Stockholm', 'en')} (Central European Time)`)
		);
		expect(wallClock(closes, 'Europe/Stockholm', 'en')).toMatch(/ at 11:59\sPM$/);

		await useSession(page, 'staff@example.org');
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
		await useSession(page, 'staff@example.org');
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
		// Next year's last Sunday of March has no 02:30 (the clocks go from 02:00 to 03:00); the last
		// Sunday of October has it twice.
		const spring = lastSunday(yearFromNow(1), 2);
		const autumn = lastSunday(yearFromNow(1), 9);
		await page.getByLabel(t('sv', 'calls_field_opens')).fill(`${spring}T02:30`);
		await page.getByLabel(t('sv', 'calls_field_closes')).fill(`${autumn}T02:30`);
		await page.getByRole('button', { name: t('sv', 'admin_create') }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'calls_admin_edit_title', { title }));
		await expect(page.getByLabel(t('sv', 'calls_field_opens'))).toHaveValue(`${spring}T03:30`);
		await expect(page.getByLabel(t('sv', 'calls_field_closes'))).toHaveValue(`${autumn}T02:30`);

		await page.goto('/sv/admin/calls');
		const row = page.getByRole('row').filter({ hasText: title });
		// The first 02:30 of the two, still summer time: 00:30 UTC.
		await expect(row.locator('time')).toHaveAttribute('datetime', `${autumn}T00:30:00.000Z`);
		const shown = wallClock(`${autumn}T00:30:00.000Z`, 'Europe/Stockholm');
		expect(shown).toMatch(/^\d+ oktober \d{4} kl\. 02:30$/);
		await expect(row.locator('time')).toHaveText(`${shown} (centraleuropeisk tid)`);
	});
});

test.describe('in Bogotá', () => {
	test.use({ timezoneId: 'America/Bogota' });

	test('the browser shows a call’s times on the reader’s clock, naming that zone', async ({ page }) => {
		await page.goto('/sv/calls/partner-search-2027');
		const deadline = page.getByRole('main').locator('time[datetime]').last();
		const closes = (await deadline.getAttribute('datetime'))!;
		// 23:59 in Stockholm is 17:59 in Bogotá in winter, 16:59 in summer.
		expect(wallClock(closes, 'America/Bogota')).toMatch(/ kl\. 1[67]:59$/);
		await expect(deadline).toHaveText(
			new RegExp(`^${wallClock(closes, 'America/Bogota').replace(/\./g, '\\.')} \\((?!centraleuropeisk).+\\)$`)
		);
		for (const [iso, text] of await shownTimes(page)) {
			expect(text.startsWith(`${wallClock(iso, 'America/Bogota')} (`)).toBe(true);
		}
	});
});
