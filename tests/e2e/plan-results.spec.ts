import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { yearFromNow } from './support/dates';
import { t } from './support/messages';
import { useSession } from './support/session';

const workspace = '/sv/workspace/partnerships/jonkoping-stellenbosch';
// Years around today's, so that the plan never lies in a past the journey did not mean.
const lastYear = yearFromNow(-1);
const thisYear = yearFromNow();

/** A translated field's input in one language: the group is the field's legend, the input the language. */
function translated(page: Page, label: string, language = 'svenska') {
	return page.getByRole('group', { name: new RegExp(`^${label}`) }).getByLabel(language, { exact: true });
}

test('a coordinator writes the plan: project period, a principle, SDG 5 with target 5.5', async ({ page }) => {
	await useSession(page, 'coordinator@example.org');
	await page.goto(workspace);
	await page
		.getByRole('navigation', { name: t('sv', 'partnership_sections_label') })
		.getByRole('link', { name: t('sv', 'partnership_tab_plan') })
		.click();
	await expect(page).toHaveURL(new RegExp(`${workspace}/plan$`));
	await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t('sv', 'plan_title'));
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: t('sv', 'plan_edit_link') }).click();
	await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t('sv', 'plan_edit_heading'));
	await page.getByLabel(t('sv', 'plan_project_start')).fill(`${lastYear}-01-01`);
	await page.getByLabel(t('sv', 'plan_project_end')).fill(`${thisYear}-12-31`);
	await page.getByRole('checkbox', { name: t('sv', 'plan_principle_transparency') }).check();
	await page.getByRole('checkbox', { name: '5. Jämställdhet', exact: true }).check();
	// Ticking a goal opens its targets.
	// Each target reads with its text: "Delmål 5.5 Tillförsäkra kvinnor …".
	await page
		.getByRole('checkbox', {
			name: new RegExp(`^${t('sv', 'plan_sdg_target_label', { code: '5\\.5' })} Tillförsäkra kvinnor`)
		})
		.check();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: t('sv', 'plan_save') }).click();

	await expect(page).toHaveURL(new RegExp(`${workspace}/plan\\?saved$`));
	await expect(page.getByRole('status')).toHaveText(t('sv', 'plan_saved'));
	const main = page.getByRole('main');
	await expect(main).toContainText(`1 januari ${lastYear} – 31 december ${thisYear}`);
	await expect(main).toContainText(t('sv', 'plan_principle_transparency'));
	await expect(main.getByRole('listitem').filter({ hasText: '5. Jämställdhet' }).first()).toContainText(
		/Delmål 5\.5 Tillförsäkra kvinnor fullt och faktiskt deltagande/
	);
});

test('a plan outside the programme’s 1–3 years is refused with the reason, keeping what was typed', async ({
	page
}) => {
	await useSession(page, 'coordinator@example.org');
	await page.goto(`${workspace}/plan?edit`);
	await page.getByLabel(t('sv', 'plan_project_start')).fill(`${lastYear}-01-01`);
	await page.getByLabel(t('sv', 'plan_project_end')).fill(`${lastYear + 5}-12-31`);
	await page.getByRole('button', { name: t('sv', 'plan_save') }).click();
	const problem = t('sv', 'plan_error_period_too_long', { minYears: 1, maxYears: 3 });
	await expect(page.getByRole('alert')).toContainText(problem);
	await expect(page.getByLabel(t('sv', 'plan_project_end'))).toHaveValue(`${lastYear + 5}-12-31`);
});

test('a coordinator adds a result with an indicator and an actual, and sees the progress', async ({ page }) => {
	const title = `Tillgängliga lekplatser ${Date.now()}`;
	const indicator = `Lekplatser med tillgänglig utrustning ${Date.now()}`;
	await useSession(page, 'coordinator@example.org');
	await page.goto(workspace);
	await page
		.getByRole('navigation', { name: t('sv', 'partnership_sections_label') })
		.getByRole('link', { name: t('sv', 'partnership_tab_results') })
		.click();
	await expect(page).toHaveURL(new RegExp(`${workspace}/results$`));
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: t('sv', 'results_add_result') }).click();
	await page.getByLabel(t('sv', 'results_kind')).selectOption('outcome');
	await translated(page, t('sv', 'results_result_title')).fill(title);
	await page.getByRole('button', { name: t('sv', 'results_save') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'results_done_result_added'));
	await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();

	await page.getByRole('link', { name: `${t('sv', 'results_add_indicator')} (${title})` }).click();
	await page.getByRole('radio', { name: t('sv', 'results_indicator_quantitative') }).check();
	await translated(page, t('sv', 'results_indicator_name')).fill(indicator);
	await page.getByLabel(t('sv', 'results_unit'), { exact: true }).fill('lekplatser');
	await page.getByLabel(t('sv', 'results_baseline_value'), { exact: true }).fill('2');
	await page.getByLabel(t('sv', 'results_baseline_year'), { exact: true }).fill(String(lastYear - 1));
	await page.getByLabel(t('sv', 'results_target_value'), { exact: true }).fill('10');
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: t('sv', 'results_save') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'results_done_indicator_added'));
	await expect(page.getByText(t('sv', 'results_progress_none')).first()).toBeVisible();

	await page.getByRole('link', { name: `${t('sv', 'results_add_period')} (${indicator})` }).click();
	await page.getByLabel(t('sv', 'results_period_start')).fill(`${lastYear}-01-01`);
	await page.getByLabel(t('sv', 'results_period_end')).fill(`${lastYear}-12-31`);
	await page.getByLabel(new RegExp(`^${t('sv', 'results_actual_value').replace(/[()]/g, '\\$&')}`)).fill('6');
	await page.getByRole('button', { name: t('sv', 'results_save') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'results_done_period_added'));

	// Progress in words, with a plain bar beside them (no meter colouring a low share red).
	await expect(page.getByRole('meter')).toHaveCount(0);
	await expect(page.locator('progress[value="50"]').first()).toBeVisible();
	await expect(page.getByRole('main')).toContainText(/50\s%\sav vägen mot målet/);
	await expectNoSeriousA11yViolations(page);
});
