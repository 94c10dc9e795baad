import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import Page from './+page.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://x/sv/organisations?q=j%C3%B6nk') } }));

const jonkoping = {
	slug: 'jonkopings-kommun',
	name: 'Jönköpings kommun',
	kind: 'municipality',
	countryName: 'Sverige',
	subdivision: 'Jönköping'
};

// Outside a request Paraglide speaks the base language, Swedish.
const page = (data: object) =>
	render(Page, {
		props: {
			data: {
				lang: 'sv',
				filters: { q: '', country: '', kind: '' },
				invalidFilter: false,
				options: { countries: [{ code: 'SE', name: 'Sverige' }], kinds: ['municipality', 'region'] },
				organisations: [],
				total: 0,
				page: 1,
				pageCount: 1,
				...data
			}
		} as never
	}).body;

describe('the directory of organisations', () => {
	it('lists each organisation with its kind and country, linked to its page', () => {
		const body = page({ organisations: [jonkoping], total: 1, filters: { q: 'jönk', country: '', kind: '' } });
		expect(body).toContain('href="/sv/organisations/jonkopings-kommun">Jönköpings kommun</a>');
		expect(body).toMatch(/Kommun · Sverige, Jönköping/);
		expect(body).toContain('1 organisation');
		expect(body).toContain('value="jönk"');
		expect(body).toContain('Sök organisationer');
	});

	it('says what found nothing and offers to clear the search', () => {
		const body = page({ filters: { q: 'Atlantis', country: '', kind: '' } });
		expect(body).toContain('Inga organisationer hittades');
		expect(body).toContain('innehåller ”Atlantis”');
		expect(body).toContain('href="/sv/organisations">Rensa filter</a>');
	});

	it('says when there are no organisations at all, without offering to clear anything', () => {
		const body = page({});
		expect(body).toContain('Inga organisationer är registrerade ännu.');
		expect(body).not.toContain('Rensa filter</a>');
	});
});
