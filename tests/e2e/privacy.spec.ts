import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { newestMailTo } from './support/outbox';
import { signIn } from './support/session';

// Names unique to this run; "Aaron" sorts first in the staff's list of people.
const run = Date.now().toString(36);
const name = `Aaron Privat ${run}`;
const email = `privat-${run}@example.org`;
const password = 'ett långt lösenord för integritet';

async function signOut(page: Page) {
	await page
		.getByRole('banner')
		.getByRole('button', { name: t('sv', 'nav_sign_out') })
		.click();
}

/** A new member of Jönköpings kommun, through an invitation staff send: a person nobody else's test uses. */
async function newPerson(page: Page) {
	await signIn(page, 'staff@example.org');
	await page.goto('/sv/admin/people/invite');
	const since = Date.now();
	await page.getByLabel(t('sv', 'admin_invite_email')).fill(email);
	await page
		.getByLabel(t('sv', 'admin_invite_organisation'), { exact: true })
		.selectOption({ label: 'Jönköpings kommun (Sverige)' });
	await page.getByLabel(t('sv', 'admin_invite_role'), { exact: true }).selectOption('member');
	await page.getByRole('button', { name: t('sv', 'admin_invite_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/admin\/people\?invited=sent$/);
	const mail = await newestMailTo(email, { since });
	const link = mail.text.match(/https?:\/\/[^\s"'<>]+\/sv\/invitations\/[A-Za-z0-9_-]+/)![0];
	await signOut(page);
	await page.goto(link);
	await page.getByLabel(t('sv', 'invitation_name_label')).fill(name);
	await page.getByLabel(t('sv', 'invitation_password_label'), { exact: true }).fill(password);
	await page.getByLabel(t('sv', 'invitation_confirm_label'), { exact: true }).fill(password);
	await page.getByRole('button', { name: t('sv', 'invitation_accept_create') }).click();
	await expect(page.getByRole('status')).toContainText('Jönköpings kommun');
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

test('a person downloads their data, and staff erase them on request', async ({ page }) => {
	await newPerson(page);
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
	await signIn(page, 'staff@example.org');
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
	await signOut(page);

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
