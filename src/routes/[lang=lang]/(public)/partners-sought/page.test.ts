import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish.
const page = (data: object) =>
	render(Page, {
		props: {
			data: {
				lang: 'sv',
				filters: { country: '', theme: '', call: '' },
				invalidFilter: false,
				options: { countries: [], themes: [], calls: [] },
				profiles: [],
				total: 0,
				page: 1,
				pageCount: 1,
				...data
			}
		} as never
	}).body;

describe('the public list of who seeks a partner', () => {
	it('names its filter after profiles, not partnerships', () => {
		const body = page({ invalidFilter: true });
		expect(body).toContain('Filtrera profiler');
		expect(body).toContain('Visa profiler');
		expect(body).toContain('så alla profiler visas');
		expect(body).not.toContain('partnerskap');
	});
});
