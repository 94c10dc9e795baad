import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { sdgTargetTexts } from '$lib/sdg-targets';
import Page from './+page.svelte';

const layout = {
	partnership: {
		id: 'p1',
		slug: 'jonkoping-stellenbosch',
		title: { text: 'Tillgänglighet', locale: 'sv' as const, isFallback: false },
		phase: 'project' as const
	},
	parties: [],
	lang: 'sv' as const,
	isStaff: false,
	canEdit: true
};
const plan = {
	partnershipId: 'p1',
	challenge: { sv: 'Hinder' },
	objectives: {},
	principles: ['participation' as const],
	sdgGoals: [5],
	sdgTargets: ['5.5'],
	projectStartDate: '2025-01-01',
	projectEndDate: '2026-12-31',
	projectYears: { min: 1, max: 3 },
	parties: [
		{
			organisationId: 'o1',
			slug: 'jonkoping',
			name: 'Jönköpings kommun',
			countryCode: 'SE',
			mutualBenefit: { en: 'Methods' }
		}
	]
};

const page = (data: Record<string, unknown>, form: unknown = null) =>
	render(Page, {
		props: {
			data: {
				...layout,
				plan,
				targetTexts: sdgTargetTexts('sv', plan.sdgTargets),
				editing: false,
				saved: false,
				...data
			},
			form,
			params: {}
		} as never
	}).body;

describe('the plan tab', () => {
	it('shows the plan with goals by name in the page’s language and the period', () => {
		const body = page({});
		expect(body).toContain('5. Jämställdhet');
		// Each chosen target with its text, not just its number.
		expect(body).toMatch(/<strong>Delmål 5.5<\/strong> Tillförsäkra kvinnor fullt och faktiskt deltagande/);
		expect(body).toContain('Delaktighet');
		expect(body).toContain('1 januari 2025');
		expect(body).toContain('href="/sv/workspace/partnerships/jonkoping-stellenbosch/plan?edit"');
	});

	it('edits with all 17 goals as checkboxes and every goal’s targets in a details, open for chosen goals', () => {
		const body = page({ editing: true, targetTexts: sdgTargetTexts('sv') });
		expect(body.match(/name="sdgGoals"/g)).toHaveLength(17);
		expect(body.match(/name="sdgTargets"/g)).toHaveLength(169);
		expect(body.match(/<details/g)).toHaveLength(17);
		expect(body.match(/<details open/g)).toHaveLength(1);
		expect(body).toMatch(/value="5" checked/);
		expect(body).toMatch(/value="5.5" checked/);
		// Every target reads with its text, the box beside it.
		expect(body).toMatch(
			/<label class="choice[^"]*"><input type="checkbox" name="sdgTargets" value="1.1"[^>]*\/> <span><strong>Delmål 1.1<\/strong> Senast 2030 avskaffa den extrema fattigdomen/
		);
		expect(body).toContain('name="mutualBenefit.o1.sv"');
		expect(body).toContain('Programmet tillåter projekt på 1–3 år');
	});

	it('puts back what was typed after a refusal, with the messages', () => {
		const body = page(
			{ editing: true },
			{
				errors: { projectEndDate: 'För långt', 'sdgTargets.0': 'Okänt' },
				values: {
					'challenge.sv': 'Ny text',
					principles: 'equality,transparency',
					sdgGoals: '10',
					sdgTargets: '',
					projectEndDate: '2030-01-01'
				}
			}
		);
		expect(body).toContain('Ny text');
		expect(body).toMatch(/value="equality" checked/);
		expect(body).not.toMatch(/value="participation" checked/);
		expect(body).toMatch(/value="10" checked/);
		expect(body).toContain('För långt');
		expect(body).toContain('href="#field-sdgTargets"');
	});
});
