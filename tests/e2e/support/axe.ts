import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type * as Axe from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = {
	id: string;
	impact: string;
	help: string;
	helpUrl: string;
	nodes: { target: string; html: string; summary: string }[];
};

/**
 * Runs axe-core on the page as it is now and fails the test on any violation of impact "serious"
 * or "critical", listing each rule with the elements that break it. Minor and moderate findings
 * are not failures. The config's `bypassCSP: true` lets the inline axe script run.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	const alreadyThere = await page.evaluate(() => 'axe' in window);
	if (!alreadyThere) await page.addScriptTag({ content: axeSource });
	const violations: Violation[] = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof Axe }).axe;
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => ({
				id: v.id,
				impact: v.impact ?? 'unknown',
				help: v.help,
				helpUrl: v.helpUrl,
				nodes: v.nodes.map((n) => ({
					target: n.target.map(String).join(' '),
					html: n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html,
					summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim()
				}))
			}));
	});
	expect(
		violations.map((v) => v.id),
		formatViolations(page.url(), violations)
	).toEqual([]);
}

function formatViolations(url: string, violations: Violation[]): string {
	if (violations.length === 0) return `no serious or critical accessibility violations on ${url}`;
	const lines = [`${violations.length} serious or critical accessibility violation(s) on ${url}:`];
	for (const v of violations) {
		lines.push(`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
		for (const node of v.nodes) {
			lines.push(`    at ${node.target}`, `      ${node.html}`);
			if (node.summary) lines.push(`      ${node.summary}`);
		}
	}
	return lines.join('\n');
}
