import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FilterForm from './FilterForm.svelte';
import SiteFooter from './SiteFooter.svelte';

describe('SiteFooter', () => {
	const programme = {
		programme: { sv: 'Kommunalt partnerskap', en: 'Municipal Partnership Programme' },
		owner: { slug: 'icld', name: 'ICLD – Internationellt centrum för lokal demokrati' }
	};

	it('links every public section, the API description and the programme owner', () => {
		const { body } = render(SiteFooter, { props: { lang: 'en', programme } });
		for (const section of ['networks', 'partnerships', 'organisations', 'calls', 'partners-sought'])
			expect(body).toContain(`href="/en/${section}"`);
		expect(body).toContain('href="/api/v1/openapi.json"');
		expect(body).toContain('Municipal Partnership Programme');
		expect(body).toContain('href="/en/organisations/icld">ICLD – Internationellt centrum för lokal demokrati</a>');
	});

	it('links no page that does not exist', () => {
		const { body } = render(SiteFooter, { props: { lang: 'sv', programme: null } });
		const hrefs = [...body.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
		expect(hrefs).toEqual([
			'/sv/networks',
			'/sv/partnerships',
			'/sv/organisations',
			'/sv/calls',
			'/sv/partners-sought',
			'/api/v1/openapi.json',
			'/sv/privacy'
		]);
	});
});

describe('FilterForm', () => {
	it('offers a search box beside the choices, keeping what was typed', () => {
		const { body } = render(FilterForm, {
			props: {
				action: '/en/organisations',
				heading: 'Search organisations',
				fields: [
					{ type: 'search', name: 'q', label: 'Name', value: 'Jönköping "x"' },
					{
						name: 'kind',
						label: 'Type',
						anyLabel: 'All types',
						options: [{ value: 'region', label: 'Region' }],
						selected: ''
					}
				],
				submitLabel: 'Search',
				clearLabel: 'Clear filters',
				showClear: true
			}
		});
		expect(body).toContain('<label for="field-q">Name</label>');
		expect(body).toMatch(/<input id="field-q" type="search" name="q" value="Jönköping &quot;x&quot;"/);
		expect(body).toContain('<select id="field-kind" name="kind">');
		expect(body).toContain('>Search</button>');
	});
});
