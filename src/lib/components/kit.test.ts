import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import KeyFacts from './KeyFacts.svelte';
import StatusBadge from './StatusBadge.svelte';
import Tabs from './Tabs.svelte';
import { callStateTone, expressionStatusTone, phaseTone, profileStatusTone, tones } from './status-tones';

const css = readFileSync('src/lib/styles/components.css', 'utf8');

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const v = parseInt(hex.slice(i, i + 2), 16) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('status badges', () => {
	it('give every tone a colour pair in components.css that passes AA contrast (4.5:1)', () => {
		for (const tone of tones) {
			const rule = css.match(new RegExp(`\\.badge-${tone} \\{([^}]*)\\}`))?.[1] ?? '';
			const background = rule.match(/background: (#[0-9a-f]{6})/)?.[1];
			const color = rule.match(/color: (#[0-9a-f]{6})/)?.[1];
			expect(background && color, tone).toBeTruthy();
			expect(contrast(background!, color!), tone).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('map every status of partnerships, calls, answers and profiles to a tone that exists', () => {
		for (const map of [phaseTone, callStateTone, expressionStatusTone, profileStatusTone]) {
			for (const tone of Object.values(map)) expect(tones).toContain(tone);
		}
	});

	it('say the status in words, coloured by its tone', () => {
		const body = render(StatusBadge, { props: { label: 'Öppen', tone: 'success' } }).body;
		expect(body).toContain('<span class="badge badge-success">Öppen</span>');
	});
});

describe('tabs', () => {
	const tabs = [
		{ href: '/sv/x', label: 'Översikt' },
		{ href: '/sv/x/plan', label: 'Plan', prefix: true },
		{ href: '/sv/x/results', label: 'Resultat' }
	];
	const show = (current: string) => render(Tabs, { props: { label: 'Delar', tabs, current } }).body;

	it('mark the current page, and the section of a page below a prefix tab', () => {
		expect(show('/sv/x')).toMatch(/href="\/sv\/x" aria-current="page"/);
		expect(show('/sv/x/plan/edit')).toMatch(/href="\/sv\/x\/plan" aria-current="true"/);
		expect(show('/sv/x/results/edit')).not.toContain('aria-current');
	});
});

describe('key facts', () => {
	it('leave out facts without a value, but keep a zero', () => {
		const facts = [
			{ label: 'Land', value: 'Sverige' },
			{ label: 'Region', value: null },
			{ label: 'Namn', value: '' },
			{ label: 'Antal', value: 0 }
		];
		const body = render(KeyFacts, { props: { heading: 'Fakta', facts } }).body;
		expect(body).toContain('<dt>Land</dt>');
		expect(body).toMatch(/<dt>Antal<\/dt> <dd>(<!--[^>]*-->)*0/);
		expect(body).not.toContain('Region');
		expect(body).not.toContain('Namn');
		const id = body.match(/<section class="key-facts" aria-labelledby="([^"]+)">/)?.[1];
		expect(body).toContain(`<h2 id="${id}">Fakta`);
	});
});
