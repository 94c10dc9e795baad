import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { newestMailTo } from './support/outbox';
import { signIn, useSession } from './support/session';

// Names unique to this run, so that a second run against the same server still starts from "new".
const run = Date.now().toString(36);

function csvFile(lines: string[]) {
	// A spreadsheet's export: byte order mark, semicolons, CRLF.
	return { name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`) };
}

async function preview(page: Page, lines: string[]) {
	await page.getByLabel(t('sv', 'admin_import_file_label')).setInputFiles(csvFile(lines));
	await page.getByRole('button', { name: t('sv', 'admin_import_preview_button') }).click();
	await expect(page.getByRole('heading', { name: t('sv', 'admin_import_preview_heading') })).toBeVisible();
}

test('staff import organisations from a CSV file after a preview', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/organisations');
	await page.getByRole('link', { name: t('sv', 'admin_organisation_import') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'admin_import_title'));
	await expectNoSeriousA11yViolations(page);

	const header = 'name;kind;country;subdivision;population;latitude;longitude';
	const ghanzi = `Ghanzi ${run};municipality;BW;Ghanzi;43095;-21,7;21,65`;
	const kibaha = `Kibaha ${run};Kommun;TZ;Pwani;;;`;

	// A wrong row: shown with its message, and no way to import.
	await preview(page, [header, ghanzi, `Kibaha ${run};municipality;XX;;;;`]);
	const main = page.getByRole('main');
	await expect(main.getByRole('row', { name: new RegExp(`Kibaha ${run}`) })).toContainText(
		t('sv', 'admin_import_country_unknown', { value: 'XX' })
	);
	await expect(main.getByRole('row', { name: new RegExp(`Ghanzi ${run}`) })).toContainText(
		t('sv', 'admin_import_status_new')
	);
	await expect(page.getByRole('button', { name: t('sv', 'admin_import_button'), exact: true })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	// Corrected: every row new, then imported.
	await preview(page, [header, ghanzi, kibaha]);
	await expect(main.getByRole('row', { name: new RegExp(`Kibaha ${run}`) })).toContainText(
		t('sv', 'admin_import_status_new')
	);
	await page.getByRole('button', { name: t('sv', 'admin_import_button'), exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(
		t('sv', 'admin_import_done', { created: 2, updated: 0, unchanged: 0 })
	);

	// The same file again changes nothing.
	await preview(page, [header, ghanzi, kibaha]);
	for (const name of [`Ghanzi ${run}`, `Kibaha ${run}`])
		await expect(main.getByRole('row', { name: new RegExp(name) })).toContainText(
			t('sv', 'admin_import_status_unchanged')
		);

	await page.goto(`/sv/organisations/ghanzi-${run}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ghanzi ${run}`);
});

test('staff invite a person, who accepts through the mailed link and signs in', async ({ page }) => {
	const email = `invitee-${run}@example.org`;
	const password = 'ett långt lösenord för test';
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/people');
	await page
		.getByRole('link', { name: t('sv', 'admin_invite_person') })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'admin_invite_title'));
	await expectNoSeriousA11yViolations(page);

	const since = Date.now();
	await page.getByLabel(t('sv', 'admin_invite_email')).fill(email);
	await page
		.getByLabel(t('sv', 'admin_invite_organisation'), { exact: true })
		.selectOption({ label: 'Jönköpings kommun (Sverige)' });
	await page.getByLabel(t('sv', 'admin_invite_role'), { exact: true }).selectOption('member');
	await page.getByRole('button', { name: t('sv', 'admin_invite_submit') }).click();
	await expect(page).toHaveURL(/\/sv\/admin\/people\?invited=sent$/);
	await expect(page.getByRole('status')).toHaveText(t('sv', 'admin_invitation_sent'));
	const pending = page.getByRole('region', { name: t('sv', 'admin_invitations_heading') });
	await expect(pending.getByRole('row', { name: new RegExp(email) })).toContainText('Jönköpings kommun');
	await expectNoSeriousA11yViolations(page);

	const mail = await newestMailTo(email, { since });
	const link = mail.text.match(/https?:\/\/[^\s"'<>]+\/sv\/invitations\/[A-Za-z0-9_-]+/)?.[0];
	expect(link, mail.text).toBeTruthy();

	// The invitee opens the link in a browser without staff's session (signing out would end the
	// session every staff journey shares).
	await page.context().clearCookies();
	await page.goto(link!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'invitation_title'));
	await expectNoSeriousA11yViolations(page);

	// A short password is refused, and nothing is used up.
	await page.getByLabel(t('sv', 'invitation_name_label')).fill('Neo Mosweu');
	await page.getByLabel(t('sv', 'invitation_password_label'), { exact: true }).fill('kort');
	await page.getByLabel(t('sv', 'invitation_confirm_label'), { exact: true }).fill('kort');
	await page.getByRole('button', { name: t('sv', 'invitation_accept_create') }).click();
	await expect(page.getByRole('alert')).toContainText(t('sv', 'auth_error_password_too_short'));

	await page.getByLabel(t('sv', 'invitation_password_label'), { exact: true }).fill(password);
	await page.getByLabel(t('sv', 'invitation_confirm_label'), { exact: true }).fill(password);
	await page.getByRole('button', { name: t('sv', 'invitation_accept_create') }).click();
	await expect(page.getByRole('status')).toHaveText(
		t('sv', 'invitation_accepted_new', { organisation: 'Jönköpings kommun' })
	);

	await page
		.getByRole('main')
		.getByRole('link', { name: t('sv', 'invitation_sign_in') })
		.click();
	await signIn(page, email, { password });
	await expect(page).toHaveURL(/\/sv\/workspace$/);
	await expect(page.getByRole('main').getByRole('row', { name: /^Jönköpings kommun/ })).toContainText(
		t('sv', 'role_member')
	);

	// The link works once.
	await page.goto(link!);
	await expect(page.getByRole('alert')).toContainText(t('sv', 'invitation_link_used'));
});

test('the staff pages of programmes, themes and networks are not there for others', async ({ page }) => {
	await useSession(page, 'coordinator@example.org');
	for (const path of [
		'/sv/admin/programmes',
		'/sv/admin/themes/new',
		'/sv/admin/networks',
		'/sv/admin/organisations/import'
	])
		expect((await page.goto(path))?.status(), path).toBe(404);
});
