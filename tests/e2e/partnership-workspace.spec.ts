import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { yearFromNow } from './support/dates';
import { t } from './support/messages';
import { useSession } from './support/session';

// Staff create a partnership through the form, then move it through its phases from its workspace.
// Names come from the demo seed (src/lib/server/seed/demo-data.ts).

async function createPartnership(page: Page, title: string) {
	await page.goto('/sv/admin/partnerships');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sv', 'partnership_admin_title'));
	await page
		.getByRole('main')
		.getByRole('link', { name: t('sv', 'partnership_new_title') })
		.click();
	await expect(page).toHaveURL(/\/sv\/admin\/partnerships\/new$/);
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel(t('sv', 'partnership_form_theme')).selectOption({ label: 'Utbildning' });
	await page
		.getByRole('group', { name: new RegExp(`^${t('sv', 'partnership_form_title')}`) })
		.getByLabel('svenska')
		.fill(title);
	await page.getByLabel(t('sv', 'partnership_form_start_date')).fill(`${yearFromNow(-1)}-01-01`);
	await page.getByLabel(t('sv', 'partnership_form_end_date')).fill(`${yearFromNow(1)}-12-31`);
	// A three-party partnership, as Ale – Ghanzi – Budești, each found by typing part of its name.
	const parties = [
		['ale kommun', 'Ale kommun (Sverige)'],
		['ghanzi', 'Ghanzi District Council (Botswana)'],
		['budesti', 'Primăria Budești (Moldavien)']
	];
	for (const [i, [typed, label]] of parties.entries()) {
		const picker = page.getByRole('combobox', { name: t('sv', 'partnership_form_party_number', { number: i + 1 }) });
		await picker.fill(typed!);
		await page.getByRole('option', { name: label }).click();
		await expect(picker).toHaveValue(label!);
	}
	await page.getByRole('button', { name: t('sv', 'partnership_new_submit') }).click();

	await expect(page).toHaveURL(/\/sv\/workspace\/partnerships\/ale-kommun-[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function moveTo(page: Page, phaseKey: string) {
	const section = page.getByRole('region', { name: t('sv', 'phase_move_heading') });
	await section.getByRole('radio', { name: t('sv', phaseKey) }).check();
	await section.getByRole('button', { name: t('sv', 'phase_move_submit') }).click();
}

test('staff create a three-party partnership and move it to the project phase', async ({ page }) => {
	const title = `Inga avhopp ${Date.now()}`;
	await useSession(page, 'staff@example.org');
	await createPartnership(page, title);
	const overview = page.url();

	const summary = page.getByRole('region', { name: t('sv', 'partnership_summary_heading') });
	for (const party of ['Ale kommun', 'Ghanzi District Council', 'Primăria Budești'])
		await expect(summary.getByRole('link', { name: party })).toBeVisible();
	// A new partnership has no steering or project group yet: the warnings say so and lead to governance.
	const warnings = page.getByRole('region', { name: t('sv', 'partnership_warnings_heading') });
	await expect(warnings.getByRole('link').first()).toHaveAttribute('href', /\/governance$/);
	await expectNoSeriousA11yViolations(page);

	await moveTo(page, 'phase_inception');
	await expect(page.getByText(t('sv', 'phase_move_done', { phase: t('sv', 'phase_inception') }))).toBeVisible();
	const timeline = page.getByRole('region', { name: t('sv', 'phase_timeline_heading') });
	await expect(timeline.getByRole('listitem').last()).toContainText(t('sv', 'phase_inception'));
	await expect(timeline.getByRole('listitem').last()).toContainText(
		t('sv', 'phase_timeline_from', { phase: t('sv', 'phase_application') })
	);
	await expect(timeline.getByRole('listitem').last()).toContainText('Sara Lindqvist');

	// No project period yet: the project phase is refused, saying why.
	await moveTo(page, 'phase_project');
	await expect(page.getByRole('alert')).toContainText(t('sv', 'phase_move_error_project_dates_missing'));
	await expectNoSeriousA11yViolations(page);

	// Two years on the plan page, within the programme's 1–3 years.
	await page.goto(`${overview}/plan?edit`);
	await page.getByLabel(t('sv', 'plan_project_start')).fill(`${yearFromNow(-1)}-03-01`);
	await page.getByLabel(t('sv', 'plan_project_end')).fill(`${yearFromNow(1)}-02-28`);
	await page.getByRole('button', { name: t('sv', 'plan_save') }).click();
	await expect(page.getByText(t('sv', 'plan_saved'))).toBeVisible();

	await page.goto(overview);
	await moveTo(page, 'phase_project');
	await expect(page.getByText(t('sv', 'phase_move_done', { phase: t('sv', 'phase_project') }))).toBeVisible();
	await expect(timeline.getByRole('listitem')).toHaveCount(3);
	await expect(timeline.getByRole('listitem').last()).toContainText(t('sv', 'phase_project'));

	// The history has the move too, newest first.
	await page.goto(`${overview}/history`);
	await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(
		t('sv', 'history_verb_updated', { thing: t('sv', 'history_thing_phase') })
	);
	await expectNoSeriousA11yViolations(page);
});

test('terminating asks for a reason and a tick, and shows the reason in the timeline', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await createPartnership(page, `Avbrutet samarbete ${Date.now()}`);

	await page.getByText(t('sv', 'phase_terminate_open')).click();
	await page.getByRole('button', { name: t('sv', 'phase_terminate_submit') }).click();
	await expect(page.getByRole('alert')).toContainText(t('sv', 'phase_terminate_confirm_required'));

	await page.getByLabel(t('sv', 'phase_terminate_reason')).fill('Parterna kom överens om att avsluta.');
	await page.getByLabel(t('sv', 'phase_terminate_confirm')).check();
	await page.getByRole('button', { name: t('sv', 'phase_terminate_submit') }).click();
	await expect(page.getByText(t('sv', 'phase_move_done', { phase: t('sv', 'phase_terminated') }))).toBeVisible();
	const timeline = page.getByRole('region', { name: t('sv', 'phase_timeline_heading') });
	await expect(timeline.getByRole('listitem').last()).toContainText('Parterna kom överens om att avsluta.');
	await expect(page.getByText(t('sv', 'phase_move_final', { phase: t('sv', 'phase_terminated') }))).toBeVisible();

	// The staff list finds it by phase.
	await page.goto('/sv/admin/partnerships?phase=terminated');
	await expect(
		page
			.getByRole('main')
			.getByRole('link', { name: /^Avbrutet samarbete/ })
			.first()
	).toBeVisible();
});

test('a coordinator edits their partnership but cannot change its phase; a member only reads', async ({ page }) => {
	await useSession(page, 'coordinator@example.org');
	await page.goto('/sv/workspace');
	await page.getByRole('main').getByRole('link', { name: 'En tillgänglig kommun för alla' }).click();
	await expect(page).toHaveURL(/\/sv\/workspace\/partnerships\/[a-z0-9-]+$/);
	await expect(page.getByRole('region', { name: t('sv', 'partnership_edit_heading') })).toBeVisible();
	await expect(page.getByRole('region', { name: t('sv', 'phase_move_heading') })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
