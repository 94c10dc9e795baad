import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const call = {
	slug: 'partner-search-2027',
	kind: 'partner_search',
	title: { text: 'Kommuner söker partner', locale: 'sv' as const, isFallback: false },
	state: 'open',
	closesAt: '2027-02-15T22:59:00.000Z',
	questions: [{ id: 'motivation', label: { sv: 'Varför?' }, help: {}, required: true, long: true }],
	requirements: [{ id: 'board', text: { sv: 'Styrelsen står bakom' } }]
};
const expression = {
	id: 'e1',
	status: 'submitted',
	submittedAt: '2026-11-20T10:00:00.000Z',
	answers: { motivation: 'För att lära oss' },
	confirmations: ['board'],
	challenge: { sv: 'Ungas inflytande' },
	challengeAreas: ['local_democracy'],
	chosenAreas: [{ value: 'local_democracy', label: 'lokal demokrati' }],
	recognisedAreas: [{ value: 'youth_participation', label: 'ungdomsdelaktighet' }],
	themeId: 't1',
	theme: { text: 'Ungdomsdelaktighet', locale: 'sv', isFallback: false },
	preferredCountryCodes: ['ZA'],
	preferredCountries: ['Sydafrika'],
	languages: ['sv', 'en'],
	organisation: { id: 'o1', slug: 'falu-kommun', name: 'Falu kommun' },
	timeline: [
		{
			fromStatus: 'draft',
			toStatus: 'submitted',
			reason: null,
			changedAt: '2026-11-20T10:00:00.000Z',
			changedBy: 'Anna'
		}
	],
	mayEdit: false,
	mayWithdraw: true
};
const options = {
	themes: [{ value: 't1', label: 'Ungdomsdelaktighet' }],
	countries: [{ value: 'ZA', label: 'Sydafrika' }],
	areas: [
		{
			key: 'democracy',
			label: 'Demokrati och förvaltning',
			areas: [
				{ value: 'local_democracy', label: 'lokal demokrati' },
				{ value: 'transparency', label: 'transparens' }
			]
		},
		{
			key: 'education',
			label: 'Utbildning och unga',
			areas: [{ value: 'youth_participation', label: 'ungdomsdelaktighet' }]
		},
		{ key: 'environment', label: 'Miljö och klimat', areas: [{ value: 'environment', label: 'miljö' }] }
	]
};

const page = (data: Record<string, unknown>, form: unknown = null) =>
	render(Page, {
		props: { data: { lang: 'sv', call, expression, options: null, notice: null, ...data }, form, params: {} } as never
	}).body;

describe('an application', () => {
	it('shows a submitted answer read-only, with its timeline and a withdrawal that asks first', () => {
		const body = page({});
		expect(body).toContain('För att lära oss');
		expect(body).toContain('Ungas inflytande');
		expect(body).toContain('Sydafrika');
		expect(body).toContain('Inskickad');
		expect(body).toMatch(/<details class="withdraw[^"]*"/);
		expect(body).toContain('action="?/withdraw"');
		expect(body).not.toContain('action="?/save"');
	});

	it('shows the areas the applicant chose beside those recognised in the text', () => {
		const body = page({});
		expect(body).toMatch(/Utmaningsområden ni valt<\/dt>\s*<dd[^>]*>lokal demokrati<\/dd>/);
		expect(body).toMatch(/Områden vi känt igen i er text<\/dt>\s*<dd[^>]*>ungdomsdelaktighet<\/dd>/);
	});

	it('edits a draft while the call is open', () => {
		const body = page({
			expression: { ...expression, status: 'draft', submittedAt: null, mayEdit: true, timeline: [] },
			options
		});
		expect(body).toContain('action="?/save"');
		expect(body).toContain('För att lära oss</textarea>');
		expect(body).toContain('value="submit"');
		// The areas to choose from, the chosen one checked, and what the saved text already gave.
		expect(body).toContain('Vi kände igen de här områdena i er text: ungdomsdelaktighet.');
		expect(body).toMatch(/<input[^>]*name="challengeAreas"[^>]*value="local_democracy"[^>]*checked/);
		expect(body).not.toMatch(/<input[^>]*value="transparency"[^>]*checked/);
		expect(body).toMatch(/ungdomsdelaktighet\s*(<!--[^>]*-->)?<span class="tag[^"]*">\(igenkänt i er text\)<\/span>/);
		// Groups with a chosen or recognised area are open; the others closed but reachable.
		expect(body).toMatch(/<details open[^>]*>\s*<summary[^>]*>Demokrati och förvaltning/);
		expect(body).toMatch(/<details[^>]*>\s*<summary[^>]*>Miljö och klimat/);
		expect(body).not.toMatch(/<details open[^>]*>\s*<summary[^>]*>Miljö och klimat/);
	});
});
