import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { newPerson } from './support/people';
import { signIn, useSession } from './support/session';

async function signOut(page: Page) {
	await page
		.getByRole('banner')
		.getByRole('button', { name: t('sv', 'nav_sign_out') })
		.click();
}

test('the privacy page says what is kept, why and for how long, in every language', async ({ page }) => {
	await page.goto('/sv');
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: t('sv', 'privacy_footer_link') })
		.click();
	await expect(page).toHaveURL(/\/sv\/privacy$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'privacy_title'));
	const table = page.getByRole('table', { name: t('sv', 'privacy_table_caption') });
	await expect(table.getByRole('row')).toHaveCount(9);
	await expect(table.getByRole('row', { name: t('sv', 'privacy_map_answers_what') })).toContainText(
		t('sv', 'privacy_map_answers_kept', { days: 30 })
	);
	await expect(page.getByText(t('sv', 'privacy_kept_reports_label'))).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	for (const lang of ['en', 'es'] as const) {
		await page.goto(`/${lang}/privacy`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'privacy_title'));
		await expect(page.getByRole('heading', { name: t(lang, 'privacy_rights_heading') })).toBeVisible();
	}
});

test('a person downloads their data, and staff erase them on request', async ({ page, browser }) => {
	// A person nobody else's journey uses; "Aaron" sorts first in the staff's list of people.
	const { name, email, password } = await newPerson(browser, { name: 'Aaron Privat' });
	await signIn(page, email, { password });

	// The person's own data: as JSON, and as a page to read and print.
	await page.goto('/sv/workspace/settings');
	await page.getByRole('link', { name: t('sv', 'privacy_settings_link') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'privacy_your_data'));
	await expectNoSeriousA11yViolations(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: t('sv', 'privacy_download_json') }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^glokal-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(data.person).toMatchObject({ name, email });
	expect(data.memberships).toEqual([expect.objectContaining({ organisation: 'Jönköpings kommun', role: 'member' })]);
	expect(data.invitations).toEqual([expect.objectContaining({ email })]);
	expect(JSON.stringify(data)).not.toContain('staff@example.org');

	await page.getByRole('link', { name: t('sv', 'privacy_download_html') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'privacy_export_title'));
	const account = page.getByRole('region', { name: t('sv', 'privacy_export_section_person') });
	await expect(account).toContainText(name);
	await expect(account).toContainText(email);
	await expect(page.getByRole('region', { name: t('sv', 'privacy_export_section_memberships') })).toContainText(
		'Jönköpings kommun'
	);
	await expectNoSeriousA11yViolations(page);
	await signOut(page);

	// Staff erase them: the confirmation names what goes and what the law keeps.
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/people');
	await page.getByRole('link', { name: t('sv', 'privacy_erase_link_label', { name }) }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'privacy_erase_title', { name }));
	await expect(page.getByRole('region', { name: t('sv', 'privacy_erase_kept_heading') })).toContainText(
		t('sv', 'privacy_kept_audit_label')
	);
	await expect(page.getByRole('main')).toContainText(t('sv', 'privacy_erase_what_name', { email }));
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: t('sv', 'privacy_erase_confirm', { name }) }).click();
	await expect(page).toHaveURL(/\/sv\/admin\/people\?erased=/);
	const notice = page.getByRole('status');
	await expect(notice).toContainText(/Erased person [0-9a-f]{8}/);
	await expect(page.getByRole('main')).not.toContainText(name);
	await expect(page.getByRole('main')).not.toContainText(email);

	// Staff cannot erase themselves by accident: their own page says so and offers no button.
	const own = page.getByRole('link', { name: t('sv', 'privacy_erase_link_label', { name: 'Sara Lindqvist' }) });
	for (let p = 1; p <= 10 && !(await own.count()); p++) await page.goto(`/sv/admin/people?page=${p}`);
	await own.click();
	await expect(page.getByText(t('sv', 'privacy_erase_self_note'))).toBeVisible();
	await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	// Out of staff's session without signing out: that would end the session other journeys share.
	await page.context().clearCookies();

	// The erased person can no longer sign in.
	await page.goto('/sv/sign-in');
	await page.getByLabel(t('sv', 'auth_email_label')).fill(email);
	await page.getByLabel(t('sv', 'auth_password_label'), { exact: true }).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: t('sv', 'auth_sign_in') })
		.click();
	await expect(page).toHaveURL(/\/sv\/sign-in/);
	await expect(page.getByRole('alert')).toBeVisible();
});
