import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish.

const layout = {
	partnership: {
		id: 'p1',
		slug: 'ale-kommun-ghanzi',
		title: { text: 'Inga avhopp', locale: 'sv' as const, isFallback: false },
		phase: 'inception' as const
	},
	parties: [],
	lang: 'sv' as const,
	isStaff: true,
	canEdit: true,
	ended: false,
	endedNotice: null,
	publicity: {
		visibility: 'not_public' as const,
		publicFrom: 'project' as const,
		publishedAt: null,
		publicByPhase: false
	}
};

const data = {
	...layout,
	summary: {
		challenge: { text: 'Elever lämnar skolan i förtid.', locale: 'sv' as const, isFallback: false },
		programme: 'Kommunalt partnerskap',
		theme: { text: 'Utbildning', locale: 'sv' as const, isFallback: false },
		network: null,
		startDate: '2025-01-01',
		endDate: '2027-12-31',
		projectStartDate: null,
		projectEndDate: null,
		projectYears: { min: 1, max: 3 }
	},
	partyRows: [
		{ id: 'o1', slug: 'ale', name: 'Ale kommun', country: 'Sverige', isSwedish: true },
		{ id: 'o2', slug: 'ghanzi', name: 'Ghanzi', country: 'Botswana', isSwedish: false }
	],
	warnings: [{ code: 'steering_chair_missing', message: 'Styrgruppen har ingen ordförande.' }],
	timeline: [
		{
			id: 't1',
			fromPhase: null,
			toPhase: 'application' as const,
			reason: null,
			changedAt: '2025-01-10T09:00:00.000Z',
			changedBy: null
		},
		{
			id: 't2',
			fromPhase: 'application' as const,
			toPhase: 'inception' as const,
			reason: 'Beviljad',
			changedAt: '2025-02-10T09:00:00.000Z',
			changedBy: 'Sara Lindqvist'
		}
	],
	editing: {
		title: { sv: 'Inga avhopp' },
		challenge: {},
		startDate: '2025-01-01',
		endDate: '2027-12-31',
		themeId: 'th1',
		networkId: '',
		themes: [{ value: 'th1', label: 'Utbildning' }],
		networks: []
	},
	managing: {
		nextPhases: ['project' as const],
		canTerminate: true,
		organisations: [{ value: 'o3', label: 'Budești (Moldavien)' }]
	}
};

const page = (overrides: Record<string, unknown> = {}, form: unknown = null) =>
	render(Page, { props: { data: { ...data, ...overrides }, form, params: {} } as never }).body;

describe('the partnership overview', () => {
	it('shows the summary, the warnings linking to governance and the timeline', () => {
		const body = page();
		expect(body).toContain('Kommunalt partnerskap');
		expect(body).toContain('href="/sv/organisations/ghanzi"');
		expect(body).toMatch(
			/href="\/sv\/workspace\/partnerships\/ale-kommun-ghanzi\/governance"[^>]*>Styrgruppen har ingen ordförande/
		);
		expect(body).toContain('href="/sv/workspace/partnerships/ale-kommun-ghanzi/plan"');
		expect(body).toContain('av Sara Lindqvist');
		expect(body).toContain('Motivering: Beviljad');
		expect(body).toContain('av systemet');
	});

	it('offers staff only the allowed next phases, and terminating behind a confirmation', () => {
		const body = page();
		expect(body).toMatch(/type="radio" name="to" value="project"[^>]*checked/);
		expect(body).not.toContain('name="to" value="completed"');
		expect(body).toContain('<input type="hidden" name="to" value="terminated"');
		expect(body).toContain('name="confirm"');
		expect(body).toContain('1–3 år');
	});

	it('shows a member neither the edit form nor the phase forms', () => {
		const body = page({ editing: null, managing: null, canEdit: false, isStaff: false });
		expect(body).not.toContain('action="?/update"');
		expect(body).not.toContain('action="?/move"');
		expect(body).not.toContain('action="?/removeParty"');
	});

	it('says whether the public sees it and why, and lets staff publish it behind a confirmation', () => {
		const body = page();
		expect(body).toContain('Inte offentligt än: programmet visar partnerskap från projektfasen och framåt.');
		expect(body).toMatch(/action="\?\/publish"[\s\S]*name="published" value="true"[\s\S]*name="confirm"/);

		const member = page({ managing: null, editing: null, isStaff: false });
		expect(member).toContain('Inte offentligt än');
		expect(member).not.toContain('action="?/publish"');

		const published = page({
			publicity: { ...layout.publicity, visibility: 'published', publishedAt: '2026-11-02T10:00:00.000Z' }
		});
		expect(published).toContain('Offentligt sedan 2 november 2026');
		expect(published).toMatch(/name="published" value="false"/);
		expect(published).toContain('försvinner då från webbplatsen');
	});

	it('shows an ended partnership’s governance as no longer checked, not as open warnings', () => {
		const body = page({ ended: true, partnership: { ...layout.partnership, phase: 'completed' } });
		expect(body).toContain('kontrolleras inte längre');
		expect(body).not.toContain('Styrgruppen har ingen ordförande');
	});

	it('shows a refused move next to the phase choice and keeps the terminate form open on its errors', () => {
		const refused = page(
			{},
			{ which: 'move', errors: { to: 'Projektplanen har inget start- och slutdatum ännu.' }, values: { to: 'project' } }
		);
		expect(refused).toContain('id="field-to-error"');
		const terminate = page(
			{},
			{ which: 'terminate', errors: { confirm: 'Bekräfta' }, values: { to: 'terminated', reason: 'Skäl' } }
		);
		expect(terminate).toMatch(/<details[^>]* open/);
		expect(terminate).toContain('>Skäl</textarea>');
	});
});
