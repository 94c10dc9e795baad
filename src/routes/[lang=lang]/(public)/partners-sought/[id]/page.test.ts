import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish: the page is read in Swedish.

const profile = {
	id: '5b8f0c7e-3c55-4a43-9d0e-0d6f6f0b8a21',
	organisation: { slug: 'municipio-de-pasto', name: 'Municipio de Pasto' },
	country: 'Colombia',
	population: 392_000,
	theme: { sv: 'Könsrelaterat våld', en: 'Gender-based violence' },
	challenge: { es: 'Las denuncias de violencia intrafamiliar aumentan.' },
	hopes: { en: 'Coordination between social services and the police.' },
	contactRole: { es: 'Secretaría de las Mujeres' },
	languages: ['spanska', 'engelska'],
	matchesLeft: 1,
	call: { slug: 'partner-search-2027', title: { en: 'Municipalities seek a Swedish partner' } }
};

describe('a published profile’s page', () => {
	it('shows the organisation, the texts with a notice where another language stands in, and the call', () => {
		const { body: html } = render(Page, {
			props: { data: { lang: 'sv', profile } as never, params: { id: profile.id } } as never
		});
		const body = html.replace(/<!--[^>]*-->/g, '');
		expect(body).toMatch(/<h1[^>]*>Municipio de Pasto<\/h1>/);
		expect(body).toContain('lang="es"');
		expect(body).toContain('Las denuncias de violencia intrafamiliar aumentan.');
		expect(body).toContain('Coordination between social services and the police.');
		expect(body.match(/class="fallback-notice/g)).toHaveLength(2); // the challenge (Spanish) and the hopes (English)
		expect(body).toContain('href="/sv/calls/partner-search-2027"');
		expect(body).toContain('spanska och engelska');
	});
});
