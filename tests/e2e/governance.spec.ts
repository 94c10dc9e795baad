import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { signIn } from './support/session';

// The demo's Jönköping – Stellenbosch partnership; coordinator@example.org coordinates Jönköpings kommun.
const GOVERNANCE = '/sv/workspace/partnerships/jonkoping-stellenbosch/governance';
const SIDE = 'Jönköpings kommun';

async function addPolitician(
	page: Page,
	person: { name: string; party: string; standing: 'majority' | 'opposition'; role: 'chair' | 'member' }
) {
	const steering = page.getByRole('region', { name: t('sv', 'governance_steering_heading') });
	await steering.getByRole('link', { name: t('sv', 'governance_add_steering_heading') }).click();
	await expect(page).toHaveURL(/\?add=steering/);
	await page.getByLabel(t('sv', 'governance_field_name'), { exact: true }).fill(person.name);
	await page.getByLabel(t('sv', 'governance_field_side'), { exact: true }).selectOption({ label: `${SIDE} (Sverige)` });
	await page.getByLabel(t('sv', 'governance_field_political_party'), { exact: true }).fill(person.party);
	await page
		.getByLabel(t('sv', 'governance_field_standing'), { exact: true })
		.selectOption({ label: t('sv', `governance_standing_${person.standing}`) });
	await page
		.getByLabel(t('sv', 'governance_field_role'), { exact: true })
		.selectOption({ label: t('sv', `governance_steering_role_${person.role}`) });
	await page.getByLabel(t('sv', 'governance_field_listed'), { exact: true }).check();
	await page.getByRole('button', { name: t('sv', 'governance_add_steering_submit') }).click();
	await expect(page.getByRole('status')).toHaveText(t('sv', 'governance_notice_steering_added'));
	await expect(steering.getByRole('rowheader', { name: person.name })).toBeVisible();
}

test('a coordinator completes their side of the steering group and the warning goes away', async ({ page }) => {
	await signIn(page, 'coordinator@example.org');
	await page.goto('/sv/workspace/partnerships/jonkoping-stellenbosch');
	await page
		.getByRole('navigation', { name: t('sv', 'partnership_sections_label') })
		.getByRole('link', { name: t('sv', 'partnership_tab_governance') })
		.click();
	await expect(page).toHaveURL(new RegExp(`${GOVERNANCE}$`));
	await expectNoSeriousA11yViolations(page);

	// Start from a side without politicians, whatever the demo data seated there: remove each, confirming.
	const steering = page.getByRole('region', { name: t('sv', 'governance_steering_heading') });
	const ownSide = steering.locator('tbody').filter({ hasText: `${SIDE} (Sverige)` });
	for (let left = await ownSide.locator('details').count(); left > 0; left--) {
		const remove = ownSide.locator('details').first();
		await remove.locator('summary').click();
		await remove.getByRole('button', { name: new RegExp(`^${t('sv', 'governance_remove_yes')}`) }).click();
		await expect(ownSide.locator('details')).toHaveCount(left - 1);
	}
	await expect(ownSide).toContainText(t('sv', 'governance_side_empty_steering', { party: SIDE }));

	const warnings = page.getByRole('region', { name: t('sv', 'governance_warnings_heading') });
	const majorityMissing = t('sv', 'governance_warning_majority_missing', { party: SIDE });
	const oppositionMissing = t('sv', 'governance_warning_opposition_missing', { party: SIDE });
	await expect(warnings).toContainText(majorityMissing);
	await expect(warnings).toContainText(oppositionMissing);

	await addPolitician(page, { name: 'Birgitta Sjöholm', party: 'Moderaterna', standing: 'majority', role: 'chair' });
	await expect(page.getByText(majorityMissing)).toHaveCount(0);
	await expect(page.getByText(oppositionMissing)).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await addPolitician(page, {
		name: 'Omar Haddad',
		party: 'Socialdemokraterna',
		standing: 'opposition',
		role: 'member'
	});
	await expect(page.getByText(majorityMissing)).toHaveCount(0);
	await expect(page.getByText(oppositionMissing)).toHaveCount(0);
	await expect(page.getByText(t('sv', 'governance_warning_chair_missing'))).toHaveCount(0);
	await expect(ownSide.getByRole('row', { name: /Omar Haddad/ })).toContainText(
		t('sv', 'governance_standing_opposition')
	);
});

test('an incomplete politician is refused with every problem named', async ({ page }) => {
	await signIn(page, 'coordinator@example.org');
	await page.goto(`${GOVERNANCE}?add=steering`);
	await page.getByRole('button', { name: t('sv', 'governance_add_steering_submit') }).click();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText(t('sv', 'governance_error_name_required'));
	await expect(problems).toContainText(t('sv', 'governance_error_side_required'));
	await expectNoSeriousA11yViolations(page);
});

test('a member reads the governance tab without forms', async ({ page }) => {
	await signIn(page, 'member@example.org');
	await page.goto(GOVERNANCE);
	await expect(page.getByRole('heading', { name: t('sv', 'governance_steering_heading') })).toBeVisible();
	await expect(page.getByRole('link', { name: t('sv', 'governance_add_steering_heading') })).toHaveCount(0);
	await expect(page.locator('details')).toHaveCount(0);
	await page.goto(`${GOVERNANCE}?add=steering`);
	await expect(page.getByLabel(t('sv', 'governance_field_name'), { exact: true })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
