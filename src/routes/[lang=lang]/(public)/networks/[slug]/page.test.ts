import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const network = {
	slug: 'gender-equality',
	name: { sv: 'Nätverk för jämställdhet' },
	description: { sv: 'Om nätverket.' },
	startYear: 2024,
	endYear: 2026,
	theme: { slug: 'gender-equality', name: { sv: 'Jämställdhet' } },
	countries: [{ code: 'CO', name: 'Colombia' }]
};
const upcomingCall = {
	slug: 'gender-equality-network-2027',
	kind: 'network_recruitment',
	title: { sv: 'Tjänstepersoner och politiker sökes till nätverket' },
	state: 'upcoming',
	opensAt: new Date('2027-01-10T08:00:00Z'),
	closesAt: new Date('2027-03-31T21:59:00Z')
};

// Outside a request Paraglide speaks the base language, Swedish.
const page = (data: object) =>
	render(Page, {
		props: {
			data: { lang: 'sv', network, calls: [], partnerships: [], total: 0, page: 1, pageCount: 1, ...data }
		} as never
	}).body;

describe('the page of a network', () => {
	it('links to the network’s calls, saying when an upcoming one opens', () => {
		const body = page({ calls: [upcomingCall] });
		expect(body).toContain('Utlysningar i nätverket');
		expect(body).toContain('href="/sv/calls/gender-equality-network-2027"');
		expect(body).toContain('Öppnar');
		expect(body).toContain('datetime="2027-01-10T08:00:00.000Z"');
	});

	it('has no calls section when the network has no current call', () => {
		expect(page({})).not.toContain('Utlysningar i nätverket');
	});
});
