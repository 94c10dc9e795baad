import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const call = {
	id: '7f9c2b4e-1d3a-4c5b-8e6f-0a1b2c3d4e5f',
	slug: 'partner-search-2027',
	kind: 'partner_search',
	state: 'open',
	title: { en: 'Municipalities seek a Swedish partner' },
	body: { en: 'First paragraph.\n\nSecond paragraph.' },
	opensAt: new Date('2026-11-02T08:00:00Z'),
	closesAt: new Date('2027-02-15T22:59:00Z'),
	publishedAt: new Date('2026-11-01T08:00:00Z'),
	programme: { id: 'p', slug: 'programme', name: { en: 'Programme' } },
	network: null,
	eligibleCountryCodes: ['SE'],
	countries: [{ code: 'SE', name: 'Sweden' }],
	eligibleOrganisationKinds: ['municipality', 'region'],
	requirements: [{ id: 'r', text: { en: 'Board decision' } }],
	questions: [{ id: 'q', label: { en: 'Why?' }, help: { en: 'Tell us.' }, required: true, long: true }],
	criteria: []
};

const page = (data: object) => render(Page, { props: { data: { lang: 'en', ...data } } as never }).body;

describe('the public page of a call', () => {
	it('links to the answer form while open, and to who seeks a partner', () => {
		const body = page({ call, problem: null });
		expect(body).toContain('href="/en/calls/partner-search-2027/answer"');
		expect(body).toContain('href="/en/partners-sought?call=partner-search-2027"');
		expect(body).toContain('Sweden');
		expect(body).toContain('Board decision');
		expect(body).toContain('Tell us.');
		expect(body).toContain('<p>Second paragraph.</p>');
	});

	it('says why instead when the call takes no answers', () => {
		const body = page({
			call: { ...call, kind: 'training_programme', state: 'closed' },
			problem: 'The call has closed.'
		});
		expect(body).not.toContain('/answer"');
		expect(body).toContain('The call has closed.');
		expect(body).not.toContain('partners-sought');
	});
});
