import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish.
const page = (data: object) =>
	render(Page, {
		props: {
			data: { lang: 'sv', kind: '', invalidFilter: false, calls: [], total: 0, page: 1, pageCount: 1, ...data }
		} as never
	}).body;

describe('the public list of calls', () => {
	it('names its filter after calls, not partnerships', () => {
		const body = page({ invalidFilter: true });
		expect(body).toContain('Filtrera utlysningar');
		expect(body).toContain('Visa utlysningar');
		expect(body).toContain('så alla utlysningar visas');
		expect(body).not.toContain('partnerskap');
	});
});
