import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { useSession } from './support/session';

// The main pages of each role on a phone (390 × 844 CSS pixels, an ordinary modern phone): nothing
// may make the page wider than the screen, and axe must find nothing serious. Only reads: the demo
// database is shared with the other journeys.

const width = 390;
test.use({ viewport: { width, height: 844 } });

/** Fails with the elements that stick out, so that the cause is named, not just the width. */
async function expectFitsPhone(page: Page) {
	const { scrollWidth, wide, unreachable } = await page.evaluate(() => {
		const screen = document.documentElement.clientWidth;
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				const parent = el.parentElement?.getBoundingClientRect();
				return box.width > 0 && box.right > screen + 1 && (!parent || parent.right <= screen + 1);
			})
			.map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
		// A table wider than its box must scroll in a box a keyboard can reach.
		const unreachable = [...document.querySelectorAll('table')]
			.filter((table) => table.parentElement && table.scrollWidth > table.parentElement.clientWidth + 1)
			.filter((table) => !table.closest('[tabindex="0"]'))
			.map(describe);
		return { scrollWidth: document.documentElement.scrollWidth, wide, unreachable };
	});
	expect(scrollWidth, `${page.url()} is wider than the phone: ${wide.join(', ')}`).toBeLessThanOrEqual(width);
	expect(unreachable, `${page.url()}: wide tables the keyboard cannot scroll`).toEqual([]);
}

/** An e-mail address wraps at its "@" and dots, never one letter per line. */
async function expectWholeEmailParts(page: Page) {
	const lines = await page.locator('main a[href^="mailto:"]').evaluateAll((links) =>
		links.map((link) => ({
			address: link.textContent ?? '',
			// One box per line and text run: count the lines by their tops.
			lines: new Set([...link.getClientRects()].map((box) => Math.round(box.top))).size
		}))
	);
	expect(lines.length).toBeGreaterThan(0);
	for (const { address, lines: count } of lines)
		expect(count, address).toBeLessThanOrEqual(address.split(/[@.]/).length);
}

async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	await expectFitsPhone(page);
	await expectNoSeriousA11yViolations(page);
}

test('the public pages fit a phone', async ({ page }) => {
	for (const path of [
		'/sv',
		'/sv/networks',
		'/sv/networks/human-rights',
		'/sv/partnerships',
		'/sv/partnerships/jonkoping-stellenbosch',
		'/sv/calls',
		'/sv/calls/partner-search-2027',
		'/sv/calls/partner-search-2027/answer',
		'/sv/partners-sought',
		'/en',
		'/en/partnerships/jonkoping-stellenbosch',
		'/en/calls/partner-search-2027/answer',
		'/es',
		'/es/partnerships/jonkoping-stellenbosch'
	])
		await visit(page, path);
});

test('the answer form has the page margins on a phone', async ({ page }) => {
	await page.goto('/sv/calls/partner-search-2027/answer');
	const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
	expect(heading!.x).toBeGreaterThanOrEqual(16);
	expect(heading!.x + heading!.width).toBeLessThanOrEqual(width - 16);
});

test('a coordinator’s workspace fits a phone', async ({ page }) => {
	await useSession(page, 'coordinator@example.org');
	const partnership = '/sv/workspace/partnerships/jonkoping-stellenbosch';
	for (const path of [
		'/sv/workspace',
		partnership,
		`${partnership}/governance`,
		`${partnership}/plan`,
		`${partnership}/plan?edit`,
		`${partnership}/results`,
		`${partnership}/history`,
		'/sv/workspace/settings',
		'/sv/workspace/applications',
		'/en/workspace',
		`/es${partnership.slice(3)}/governance`
	])
		await visit(page, path);
	await page.goto(`${partnership}/governance`);
	await expectWholeEmailParts(page);
});

test('the staff pages fit a phone', async ({ page }) => {
	await useSession(page, 'staff@example.org');
	await page.goto('/sv/admin/calls');
	const calls = await page
		.locator('main a[href^="/sv/admin/calls/"]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	// The open partner search: its staff page links to its public page.
	let call: string | undefined;
	for (const href of calls.filter((h) => /\/admin\/calls\/[0-9a-f-]{36}$/.test(h))) {
		await page.goto(href);
		if ((await page.locator('main a[href="/sv/calls/partner-search-2027"]').count()) > 0) call = href;
		if (call) break;
	}
	expect(call).toBeTruthy();
	for (const path of [
		'/sv/admin',
		'/sv/admin/calls',
		call!,
		`${call}/answers`,
		`${call}/matching`,
		`${call}/profiles`,
		'/sv/admin/organisations',
		'/sv/admin/partnerships',
		'/sv/admin/people',
		'/sv/admin/audit',
		'/es/admin/people'
	])
		await visit(page, path);
	await page.goto('/sv/admin/people');
	await expectWholeEmailParts(page);
});
