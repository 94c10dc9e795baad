import { expect, type Browser } from '@playwright/test';
import { t } from './messages';
import { newestMailTo } from './outbox';
import { sessionPage } from './session';

export type Person = { name: string; email: string; password: string };

let made = 0;

/**
 * A new person of Jönköpings kommun, through an invitation staff send and accept: for a journey that
 * changes a person (password, two-factor, sessions, erasure), so that no other journey meets the change.
 * Staff invite from their kept session; the person accepts in a context of their own, then it closes.
 */
export async function newPerson(
	browser: Browser,
	{ name = 'Aaron Testperson', role = 'member' }: { name?: string; role?: 'member' | 'coordinator' } = {}
): Promise<Person> {
	const run = `${Date.now().toString(36)}-${process.pid}-${++made}`;
	const person = {
		name: `${name} ${run}`,
		email: `person-${run}@example.org`,
		password: 'ett långt lösenord för test'
	};

	const staff = await sessionPage(browser, 'staff@example.org');
	await staff.goto('/sv/admin/people/invite');
	const since = Date.now();
	await staff.getByLabel(t('sv', 'admin_invite_email')).fill(person.email);
	await staff
		.getByLabel(t('sv', 'admin_invite_organisation'), { exact: true })
		.selectOption({ label: 'Jönköpings kommun (Sverige)' });
	await staff.getByLabel(t('sv', 'admin_invite_role'), { exact: true }).selectOption(role);
	await staff.getByRole('button', { name: t('sv', 'admin_invite_submit') }).click();
	await expect(staff).toHaveURL(/\/sv\/admin\/people\?invited=sent$/);
	await staff.context().close();

	const mail = await newestMailTo(person.email, { since });
	const link = mail.text.match(/https?:\/\/[^\s"'<>]+\/sv\/invitations\/[A-Za-z0-9_-]+/)![0];
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel(t('sv', 'invitation_name_label')).fill(person.name);
	await page.getByLabel(t('sv', 'invitation_password_label'), { exact: true }).fill(person.password);
	await page.getByLabel(t('sv', 'invitation_confirm_label'), { exact: true }).fill(person.password);
	await page.getByRole('button', { name: t('sv', 'invitation_accept_create') }).click();
	await expect(page.getByRole('status')).toContainText('Jönköpings kommun');
	await context.close();
	return person;
}
