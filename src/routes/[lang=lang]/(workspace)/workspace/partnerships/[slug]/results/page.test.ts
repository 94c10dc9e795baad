import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish.
const layout = {
	partnership: {
		id: 'p1',
		slug: 'jonkoping-stellenbosch',
		title: { text: 'Tillgänglighet', locale: 'sv' as const, isFallback: false },
		phase: 'project' as const
	},
	parties: [],
	lang: 'sv' as const,
	isStaff: false
};
const resultId = '00000000-0000-4000-8000-000000000001';
const indicatorId = '00000000-0000-4000-8000-000000000002';
const periodId = '00000000-0000-4000-8000-000000000003';
const results = [
	{
		id: resultId,
		kind: 'outcome' as const,
		title: { en: 'Accessible buildings' },
		description: {},
		position: 0,
		indicators: [
			{
				id: indicatorId,
				kind: 'quantitative' as const,
				name: { sv: 'Tillgängliga entréer' },
				unit: '%',
				baselineValue: 20,
				baselineYear: 2024,
				baselineText: {},
				targetValue: 60,
				targetYear: null,
				targetText: {},
				position: 0,
				progress: { percent: 50, latestValue: 40, latestPeriodStart: '2025-07-01' },
				periods: [
					{
						id: periodId,
						periodStart: '2025-07-01',
						periodEnd: '2025-12-31',
						actualValue: 40,
						actualText: {},
						narrative: { sv: 'Tre skolor' }
					}
				]
			}
		]
	}
];

const page = (props: Record<string, unknown>) =>
	render(Page, {
		props: {
			data: { ...layout, results, panel: null, done: null, canEdit: true, ...props },
			form: null,
			params: {}
		} as never
	}).body;

describe('the results tab', () => {
	it('shows each indicator’s progress as a calm bar with its percentage and reporting period in words', () => {
		const body = page({});
		// A <meter> with low/high colours a young project's 26 % red; progress is not judged.
		expect(body).not.toContain('<meter');
		expect(body).toMatch(/<progress max="100" value="50" aria-hidden="true"/);
		// Per cent the Swedish way (a no-break space before %), the same for the percentage and a "%" unit.
		expect(body).toContain(
			'50\u00a0% av vägen mot målet (senaste utfall: 40\u00a0%, rapportperioden 1 juli 2025 – 31 december 2025)'
		);
		expect(body).toContain('Tre skolor');
		expect(body).toContain('lang="en"');
	});

	it('offers editors links to each form and removal that asks first, without JavaScript', () => {
		const body = page({});
		expect(body).toContain('?form=add-result#results-form');
		expect(body).toContain(`form=edit-indicator&amp;result=${resultId}&amp;indicator=${indicatorId}`);
		expect(body).toMatch(
			/<details class="remove[^"]*"><summary[^>]*>Ta bort<span class="visually-hidden"> Accessible buildings/
		);
		expect(body).toContain('action="?/removePeriod"');
	});

	it('opens one form, posting to an address that keeps it open on a refusal', () => {
		const body = page({ panel: { form: 'add-period', result: resultId, indicator: indicatorId } });
		expect(body).toContain(
			`action="/sv/workspace/partnerships/jonkoping-stellenbosch/results?form=add-period&amp;result=${resultId}&amp;indicator=${indicatorId}&amp;/addPeriod#results-form"`
		);
		expect(body).toContain('name="periodStart"');
		expect(body).toContain('name="actualValue"');
		expect(body).not.toContain('name="actualText.sv"');
	});

	it('shows readers no forms, and an empty framework as such', () => {
		expect(page({ canEdit: false })).not.toContain('<form');
		expect(page({ results: [] })).toContain('Inga resultat ännu');
	});
});
