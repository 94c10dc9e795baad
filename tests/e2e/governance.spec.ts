import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { useSession } from './support/session';

// The demo's Jönköping – Stellenbosch partnership: Jönköping's side of the steering group is seated,
// Stellenbosch's not yet. stellenbosch@example.org coordinates Stellenbosch Municipality and works in English.
const GOVERNANCE = '/sv/workspace/partnerships/jonkoping-stellenbosch/governance';
const OTHER_SIDE = 'Stellenbosch Municipality';
const GOVERNANCE_EN = '/en/workspace/partnerships/jonkoping-stellenbosch/governance';

async function addPolitician(
	page: Page,
	person: { name: string; party: string; standing: 'majority' | 'opposition'; role: 'chair' | 'member' }
) {
	const lang = 'en';
	const steering = page.getByRole('region', { name: t(lang, 'governance_steering_heading') });
	await steering.getByRole('link', { name: t(lang, 'governance_add_steering_heading') }).click();
	await expect(page).toHaveURL(/\?add=steering/);
	await page.getByLabel(t(lang, 'governance_field_name'), { exact: true }).fill(person.name);
	await page
		.getByLabel(t(lang, 'governance_field_side'), { exact: true })
		.selectOption({ label: `${OTHER_SIDE} (South Africa)` });
	await page.getByLabel(t(lang, 'governance_field_political_party'), { exact: true }).fill(person.party);
	await page
		.getByLabel(t(lang, 'governance_field_standing'), { exact: true })
		.selectOption({ label: t(lang, `governance_standing_${person.standing}`) });
	await page
		.getByLabel(t(lang, 'governance_field_role'), { exact: true })
		.selectOption({ label: t(lang, `governance_steering_role_${person.role}`) });
	await page.getByLabel(t(lang, 'governance_field_listed'), { exact: true }).check();
	await page.getByRole('button', { name: t(lang, 'governance_add_steering_submit') }).click();
	await expect(page.getByRole('status')).toHaveText(t(lang, 'governance_notice_steering_added'));
	await expect(steering.getByRole('rowheader', { name: person.name })).toBeVisible();
}

test('a coordinator completes their side of the steering group and the warnings for it go away', async ({ page }) => {
	await useSession(page, 'stellenbosch@example.org');
	await page.goto('/en/workspace/partnerships/jonkoping-stellenbosch');
	await page
		.getByRole('navigation', { name: t('en', 'partnership_sections_label') })
		.getByRole('link', { name: t('en', 'partnership_tab_governance') })
		.click();
	await expect(page).toHaveURL(new RegExp(`${GOVERNANCE_EN}$`));
	await expectNoSeriousA11yViolations(page);

	const warnings = page.getByRole('region', { name: t('en', 'governance_warnings_heading') });
	const majorityMissing = t('en', 'governance_warning_majority_missing', { party: OTHER_SIDE });
	const oppositionMissing = t('en', 'governance_warning_opposition_missing', { party: OTHER_SIDE });
	await expect(warnings).toContainText(majorityMissing);
	await expect(warnings).toContainText(oppositionMissing);

	await addPolitician(page, {
		name: 'Thandiwe Mokoena',
		party: 'Democratic Alliance',
		standing: 'majority',
		role: 'member'
	});
	await expect(page.getByText(majorityMissing)).toHaveCount(0);
	await expect(page.getByText(oppositionMissing)).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await addPolitician(page, {
		name: 'Sipho Ndlovu',
		party: 'African National Congress',
		standing: 'opposition',
		role: 'member'
	});
	await expect(page.getByText(majorityMissing)).toHaveCount(0);
	await expect(page.getByText(oppositionMissing)).toHaveCount(0);
	const steering = page.getByRole('region', { name: t('en', 'governance_steering_heading') });
	await expect(steering.getByRole('row', { name: /Sipho Ndlovu/ })).toContainText(
		t('en', 'governance_standing_opposition')
	);

	// The history keeps both additions, newest first.
	await page
		.getByRole('navigation', { name: t('en', 'partnership_sections_label') })
		.getByRole('link', { name: t('en', 'partnership_tab_history') })
		.click();
	// (Only the steering-group events: another journey may write to this partnership's history meanwhile.)
	const added = t('en', 'history_verb_added', { thing: t('en', 'history_thing_steering_member') });
	const additions = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: added, exact: true }) });
	await expect(additions.nth(0)).toContainText('Sipho Ndlovu');
	await expect(additions.nth(1)).toContainText('Thandiwe Mokoena');
	await expectNoSeriousA11yViolations(page);
});

test('an incomplete politician is refused with every problem named', async ({ page }) => {
	await useSession(page, 'coordinator@example.org');
	await page.goto(`${GOVERNANCE}?add=steering`);
	await page.getByRole('button', { name: t('sv', 'governance_add_steering_submit') }).click();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText(t('sv', 'governance_error_name_required'));
	await expect(problems).toContainText(t('sv', 'governance_error_side_required'));
	await expectNoSeriousA11yViolations(page);
});

test('a member reads the governance tab without forms', async ({ page }) => {
	await useSession(page, 'member@example.org');
	await page.goto(GOVERNANCE);
	await expect(page.getByRole('heading', { name: t('sv', 'governance_steering_heading') })).toBeVisible();
	await expect(page.getByRole('link', { name: t('sv', 'governance_add_steering_heading') })).toHaveCount(0);
	await expect(page.locator('details')).toHaveCount(0);
	await page.goto(`${GOVERNANCE}?add=steering`);
	await expect(page.getByLabel(t('sv', 'governance_field_name'), { exact: true })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
