import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { t } from './support/messages';
import { sessionPage, useSession } from './support/session';

// The kit's organisation picker on the new partnership form: a combobox that searches as one types
// (ARIA 1.2 pattern, keyboard only here), and a plain search that works without JavaScript. Neither
// test sends the form: nothing is written to the shared demo database.

test('staff choose a party by typing and the keyboard alone', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/partnerships/new');
	const first = page.getByRole('combobox', { name: t('sv', 'partnership_form_party_number', { number: 1 }) });
	await expect(first).toHaveAttribute('aria-expanded', 'false');

	await first.focus();
	await page.keyboard.type('jonkop');
	const list = page.getByRole('listbox', { name: t('sv', 'partnership_form_party_number', { number: 1 }) });
	const option = list.getByRole('option', { name: 'Jönköpings kommun (Sverige)' });
	await expect(option).toBeVisible();
	await expect(first).toHaveAttribute('aria-expanded', 'true');
	// The live region says how many matched (the shared demo database may hold more than one).
	const count = new RegExp(t('sv', 'kit_picker_count', { count: '\\d+' }));
	await expect(page.getByRole('status').filter({ hasText: count })).toHaveCount(1);

	// Arrow down to it: other journeys may have added organisations that match before it.
	const position = await list
		.getByRole('option')
		.evaluateAll(
			(items, name) => items.findIndex((item) => item.textContent?.trim() === name),
			'Jönköpings kommun (Sverige)'
		);
	expect(position).toBeGreaterThanOrEqual(0);
	for (let step = 0; step <= position; step++) await page.keyboard.press('ArrowDown');
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(first).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await page.keyboard.press('Enter');
	await expect(first).toHaveValue('Jönköpings kommun (Sverige)');
	await expect(first).toHaveAttribute('aria-expanded', 'false');
	const ids = page.locator('input[type="hidden"][name="partyIds"]');
	await expect(ids.first()).toHaveValue(/^[0-9a-f-]{36}$/);
	await expect(first).toHaveAccessibleDescription(
		new RegExp(t('sv', 'kit_picker_chosen', { name: 'Jönköpings kommun \\(Sverige\\)' }))
	);

	// Accents and case do not matter; Escape closes the list, then clears what was typed.
	await page.keyboard.press('Tab');
	const second = page.getByRole('combobox', { name: t('sv', 'partnership_form_party_number', { number: 2 }) });
	await expect(second).toBeFocused();
	await page.keyboard.type('STELLENBOSCH');
	await expect(page.getByRole('option', { name: /^Stellenbosch Municipality/ })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.keyboard.press('Escape');
	await expect(second).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Escape');
	await expect(second).toHaveValue('');

	await page.keyboard.type('zzqx');
	await expect(page.getByRole('status').filter({ hasText: t('sv', 'kit_picker_none', { query: 'zzqx' }) })).toHaveCount(
		1
	);
	// Choosing in one picker leaves the first one's choice alone.
	await expect(ids.first()).toHaveValue(/^[0-9a-f-]{36}$/);
});

test('without JavaScript the picker is a search that reloads the form with the matches', async ({ browser }) => {
	const page = await sessionPage(browser, 'staff@example.org', { javaScriptEnabled: false });
	await page.goto('/sv/admin/partnerships/new');
	const title = page.getByLabel('svenska').first();
	await title.fill('Ett partnerskap utan skript');
	const search = page.getByRole('searchbox', { name: t('sv', 'partnership_form_party_number', { number: 1 }) });
	await search.fill('stellenbosch');
	await page
		.getByRole('button', {
			name: `${t('sv', 'kit_picker_search')} (${t('sv', 'partnership_form_party_number', { number: 1 })})`
		})
		.click();

	await expect(page).toHaveURL(/\/sv\/admin\/partnerships\/new$/);
	const matches = page.getByLabel(t('sv', 'kit_picker_matches', { query: 'stellenbosch' }));
	await expect(matches).toBeVisible();
	await expect(matches.locator('option', { hasText: /^Stellenbosch Municipality/ })).toHaveCount(1);
	// What was typed is kept: the search and the title.
	await expect(
		page.getByRole('searchbox', { name: t('sv', 'partnership_form_party_number', { number: 1 }) })
	).toHaveValue('stellenbosch');
	await expect(page.getByLabel('svenska').first()).toHaveValue('Ett partnerskap utan skript');
	// No axe here: it runs as a script, and this page has none (the test above checks the same form).
	await page.context().close();
});
