import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { dateTimeFromToday } from './support/dates';
import { t } from './support/messages';
import { newestMailTo } from './support/outbox';
import { sessionPage, useSession } from './support/session';

// From "these municipalities seek a Swedish partner" to a partnership: a visitor answers the demo's open
// partner search, verifies the address through the outbox, staff score the answer, shortlist it and accept
// the suggested pair with Stellenbosch, and both coordinators find the new partnership in their workspace.

const run = Date.now().toString(36);
const CALL = 'Municipalities in Colombia, Guatemala and South Africa seek a Swedish partner';
const organisation = `Härnösand ${run}`;
const email = `harnosand-${run}@example.org`;
const password = 'härnösand-2027-partner';

test.setTimeout(120_000);

/** A translated field: the group named by its legend, then the language's own box. */
function translated(page: Page, label: string, language: string) {
	return page.getByRole('group', { name: new RegExp(`^${label}`) }).getByLabel(language, { exact: true });
}

test('a visitor answers a call, staff score and match it, and the partnership reaches both coordinators', async ({
	browser
}) => {
	const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	await visitor.goto('/en/calls');
	await visitor.getByRole('link', { name: CALL }).first().click();
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(CALL);
	await expectNoSeriousA11yViolations(visitor);
	await visitor.getByRole('link', { name: t('en', 'calls_answer_link') }).click();

	// Submitting with nothing filled in keeps the visitor on the form with the problems named.
	await visitor.getByRole('button', { name: t('en', 'expressions_form_submit') }).click();
	await expect(visitor.getByRole('alert').first()).toBeVisible();

	await visitor.getByLabel(t('en', 'invitation_name_label')).fill('Sara Lind');
	await visitor.getByLabel(t('en', 'auth_email_label')).fill(email);
	await visitor.getByLabel(t('en', 'invitation_password_label'), { exact: true }).fill(password);
	await visitor.getByLabel(t('en', 'invitation_confirm_label')).fill(password);
	await visitor.getByLabel(t('en', 'expressions_form_organisation_name')).fill(organisation);
	await visitor.getByLabel(t('en', 'expressions_form_organisation_population')).fill('25000');
	await visitor.getByLabel(/^Why do you want to enter a partnership/).fill('To learn from young people elsewhere.');
	await visitor.getByLabel(/^What experience do you have/).fill('A youth council since 2015.');
	await visitor.getByLabel('The municipal or regional executive board supports the application.').check();
	await visitor.getByLabel('We can set aside time for at least two officials and two politicians.').check();
	await translated(visitor, t('en', 'expressions_form_challenge_label'), 'Swedish').fill(
		'Ungdomars delaktighet i kommunens beslut: unga ska få inflytande över fritid och skola.'
	);
	// Challenge areas are chosen from the programme's list, group by group, whatever the text's wording.
	const areas = visitor.getByRole('group', { name: t('en', 'matchmaking_areas_legend') });
	await areas.locator('summary', { hasText: t('en', 'matchmaking_area_group_education') }).click();
	await areas.getByLabel('youth participation', { exact: true }).check();
	await areas.locator('summary', { hasText: t('en', 'matchmaking_area_group_democracy') }).press('Enter');
	await areas.getByLabel('citizen participation', { exact: true }).check();
	await visitor.getByLabel(t('en', 'expressions_form_theme_label')).selectOption({ label: 'Youth participation' });
	await expectNoSeriousA11yViolations(visitor);
	const sent = Date.now();
	await visitor.getByRole('button', { name: t('en', 'expressions_form_submit') }).click();
	await expect(visitor.getByRole('heading', { name: t('en', 'expressions_check_mail_heading') })).toBeVisible();

	// The link in the mail verifies the address; the account and the organisation exist from then on.
	const mail = await newestMailTo(email, { since: sent });
	const link = mail.text.match(/https?:\/\/\S+\/verify-email\/\S+/)?.[0];
	expect(link, mail.text).toBeTruthy();
	// Confirming with the chosen password signs the visitor in.
	await visitor.goto(link!);
	await visitor.getByLabel(t('en', 'expressions_verify_password_label')).fill(password);
	await visitor.getByRole('button', { name: t('en', 'expressions_verify_button') }).click();
	await expect(visitor.getByRole('main')).toContainText(t('en', 'expressions_verify_submitted'));
	await expectNoSeriousA11yViolations(visitor);
	await visitor.getByRole('link', { name: t('en', 'expressions_verify_see_application') }).click();
	await expect(visitor).toHaveURL(/\/en\/workspace\/applications\/[0-9a-f-]{36}$/);
	// The answer shows the areas chosen beside those recognised in the text, so that missed ones can be seen.
	const chosenAreas = visitor.locator('dt', { hasText: t('en', 'matchmaking_areas_chosen_label') });
	await expect(chosenAreas.locator('+ dd')).toHaveText('youth participation and citizen participation');
	const recognisedAreas = visitor.locator('dt', { hasText: t('en', 'matchmaking_areas_recognised_label') });
	await expect(recognisedAreas.locator('+ dd')).toContainText('youth participation');
	await visitor.goto('/en/workspace/applications');
	await expect(visitor.getByRole('row', { name: new RegExp(organisation) })).toContainText(
		t('en', 'expression_status_submitted')
	);

	// Staff score the answer on every criterion and shortlist it.
	const staff = await sessionPage(browser, 'staff@example.org', { locale: 'en-GB' });
	await staff.goto('/en/admin/calls');
	await staff.getByRole('link', { name: CALL }).first().click();
	await expect(staff).toHaveURL(/\/admin\/calls\/[0-9a-f-]{36}$/);
	const callPage = staff.url();
	await staff
		.getByRole('link', { name: t('en', 'review_answers_breadcrumb') })
		.first()
		.click();
	await staff.getByRole('link', { name: organisation }).click();
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText(t('en', 'review_detail_title', { organisation }));
	for (const criterion of await staff.getByRole('group').all())
		await criterion.getByLabel(t('en', 'review_score_4')).check();
	await staff.getByRole('button', { name: t('en', 'review_save') }).click();
	await expect(staff.getByText(t('en', 'review_saved'))).toBeVisible();
	await staff.getByLabel(t('en', 'review_bulk_to')).selectOption({ label: t('en', 'expression_status_shortlisted') });
	await staff.getByRole('button', { name: t('en', 'review_move_submit') }).click();
	await expect(staff.getByText(t('en', 'review_status_moved'))).toBeVisible();
	await expectNoSeriousA11yViolations(staff);

	// The applicant was told, in English.
	const shortlisted = await newestMailTo(email, { since: sent });
	expect(shortlisted.subject).toContain(t('en', 'expression_status_shortlisted'));

	// Matching: the applicant's ranked suggestions include Stellenbosch; staff accept that pair.
	await staff.goto(`${callPage}/matching`);
	await staff.getByLabel(t('en', 'matchmaking_filter_applicant'), { exact: true }).selectOption({
		label: t('en', 'matchmaking_applicant_option', { organisation, status: t('en', 'expression_status_shortlisted') })
	});
	await staff.getByRole('button', { name: t('en', 'matchmaking_filter_show') }).click();
	const row = staff.getByRole('row', { name: /Stellenbosch/ }).first();
	await expect(row).toBeVisible();
	await expect(row).toContainText('Shared areas both chose: citizen participation and youth participation');
	await expectNoSeriousA11yViolations(staff);
	await row.locator('summary', { hasText: t('en', 'matchmaking_accept') }).click();
	await row.getByRole('button', { name: new RegExp(`^${t('en', 'matchmaking_accept_yes')}`) }).click();
	await expect(staff.getByText(t('en', 'matchmaking_accepted_notice'))).toBeVisible();

	// Both coordinators find the partnership, in the inception phase, in their workspace.
	await visitor.goto('/en/workspace');
	await expect(visitor.getByRole('main')).toContainText('Stellenbosch');
	await expect(visitor.getByRole('main')).toContainText(t('en', 'phase_inception'));

	const stellenbosch = await sessionPage(browser, 'stellenbosch@example.org', { locale: 'en-GB' });
	await stellenbosch.goto('/en/workspace');
	await expect(stellenbosch.getByRole('main')).toContainText(organisation);
	await expectNoSeriousA11yViolations(stellenbosch);
});

test('a closed call still shows, marked closed, and takes no answers', async ({ page }) => {
	await page.goto('/en/calls/gender-equality-network-2024');
	await expect(page.getByRole('main')).toContainText(t('en', 'calls_error_closed'));
	await expect(page.getByRole('link', { name: t('en', 'calls_answer_link') })).toHaveCount(0);
	await page.goto('/en/calls/gender-equality-network-2024/answer');
	await expect(page.getByRole('main')).toContainText(t('en', 'calls_error_closed'));
});

test('the public list of who seeks a partner filters by country', async ({ page }) => {
	await page.goto('/en/partners-sought');
	await expect(page.getByRole('main')).toContainText('Stellenbosch');
	await page.getByLabel(t('en', 'public_country')).selectOption({ label: 'Guatemala' });
	await page.getByRole('button', { name: t('en', 'profiles_filter_submit') }).click();
	await expect(page.getByRole('main')).toContainText('Quetzaltenango');
	await expect(page.getByRole('main')).not.toContainText('Stellenbosch');
	await expectNoSeriousA11yViolations(page);
});

test('staff write a call with its questions and criteria, publish it, and the public sees it', async ({ page }) => {
	const title = `Officials wanted for the network ${run}`;
	await useSession(page, 'staff@example.org');
	await page.goto('/en/admin/calls/new');
	await page.getByLabel(t('en', 'calls_field_kind')).selectOption({ label: t('en', 'call_kind_network_recruitment') });
	await translated(page, t('en', 'calls_field_title'), 'English').fill(title);
	// Open from two days ago for eight weeks, whatever day the journey runs.
	await page.getByLabel(t('en', 'calls_field_opens')).fill(dateTimeFromToday(-2, '09:00'));
	await page.getByLabel(t('en', 'calls_field_closes')).fill(dateTimeFromToday(56, '17:00'));

	// Adding a row moves the focus into it, so the keyboard user types on.
	await page.getByRole('button', { name: t('en', 'calls_question_add') }).click();
	await expect(page.locator('[data-list="questions"] > li:last-child :focus')).toHaveCount(1);
	await page
		.getByRole('group', { name: `${t('en', 'calls_question_label')} *`, exact: true })
		.getByLabel('English', { exact: true })
		.fill('Which workshop can you attend?');
	await page.getByRole('button', { name: t('en', 'calls_criterion_add') }).click();
	await translated(page, t('en', 'calls_criterion_legend', { n: 1 }), 'English').fill('Political anchoring');
	await page.getByRole('button', { name: t('en', 'calls_criterion_add') }).click();
	await page.getByRole('button', { name: t('en', 'calls_criterion_remove', { n: 2 }) }).click();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: t('en', 'admin_create') }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'calls_admin_edit_title', { title }));
	await page.getByText(t('en', 'calls_admin_publish'), { exact: true }).click();
	await page.getByRole('button', { name: t('en', 'calls_admin_publish_yes') }).click();
	await expect(page.getByText(t('en', 'calls_admin_published_notice'))).toBeVisible();

	await page.goto('/en/calls');
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByRole('main')).toContainText('Which workshop can you attend?');
	await expect(page.getByRole('link', { name: t('en', 'calls_answer_link') })).toBeVisible();
});
