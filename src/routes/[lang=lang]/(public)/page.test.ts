import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const openCall = {
	slug: 'partner-search-2027',
	kind: 'partner_search',
	title: { sv: 'Kommuner söker en svensk partner', en: 'Municipalities seek a Swedish partner' },
	state: 'open',
	opensAt: new Date('2026-11-02T08:00:00Z'),
	closesAt: new Date('2027-02-15T22:59:00Z')
};

// Outside a request Paraglide speaks the base language, Swedish.
const page = (data: object) =>
	render(Page, {
		props: {
			data: {
				lang: 'sv',
				programme: null,
				figures: { partnerships: 0, countries: 0, networks: 0, organisations: 0 },
				networks: [],
				latest: [],
				openCalls: [],
				...data
			}
		} as never
	}).body;

describe('the home page', () => {
	it('points to the open calls: title, closing time and link', () => {
		const body = page({ openCalls: [openCall] });
		expect(body).toContain('Öppna utlysningar');
		expect(body).toContain('href="/sv/calls/partner-search-2027"');
		expect(body).toContain('Kommuner söker en svensk partner');
		expect(body).toContain('Stänger');
		expect(body).toContain('datetime="2027-02-15T22:59:00.000Z"');
		expect(body).toContain('href="/sv/calls"');
	});

	it('shows no calls section while no call is open', () => {
		const body = page({});
		expect(body).not.toContain('Öppna utlysningar');
		expect(body).not.toContain('/sv/calls');
	});
});
