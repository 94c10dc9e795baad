import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import Page from './+page.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://x/sv/workspace?page=2') } }));

// Outside a request Paraglide speaks the base language, Swedish.

const partnership = {
	slug: 'ale-kommun-ghanzi',
	title: { text: 'Inga avhopp', locale: 'sv' as const, isFallback: false },
	phase: 'inception' as const,
	next: { kind: 'project_start' as const, date: '2025-03-01', daysAway: 30 },
	parties: [{ slug: 'ale', name: 'Ale kommun', country: 'Sverige' }],
	warnings: ['Styrgruppen har ingen ordförande.', 'Ale kommun saknar projektgrupp.']
};

const page = (data: Record<string, unknown>) =>
	render(Page, {
		props: {
			data: {
				lang: 'sv',
				user: null,
				name: 'Lars',
				isStaff: false,
				organisations: [{ slug: 'ale', name: 'Ale kommun', country: 'Sverige', role: 'coordinator' }],
				partnerships: { page: 1, pages: 1, total: 1, items: [partnership] },
				...data
			},
			params: {}
		} as never
	}).body;

describe('my partnerships', () => {
	it('links each partnership to its workspace, with its next date and open warnings', () => {
		const body = page({});
		expect(body).toContain('href="/sv/workspace/partnerships/ale-kommun-ghanzi"');
		expect(body).toContain('Projektet börjar 1 mars 2025 (om 30 dagar)');
		expect(body).toContain('Öppna varningar: 2');
		expect(body).toContain('<li>Ale kommun saknar projektgrupp.</li>');
	});

	it('shows staff all partnerships with a link to the staff list, a page at a time', () => {
		const body = page({ isStaff: true, partnerships: { page: 2, pages: 3, total: 60, items: [partnership] } });
		expect(body).toContain('Alla partnerskap');
		expect(body).toContain('href="/sv/admin/partnerships"');
		expect(body).toContain('rel="next"');
	});
});
