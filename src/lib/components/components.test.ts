import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Pagination from './Pagination.svelte';
import SiteHeader from './SiteHeader.svelte';

describe('Pagination', () => {
	// Outside a request Paraglide speaks the base language, Swedish.
	const url = new URL('http://x/en/partnerships?theme=education&page=5');

	it('links every page it shows, keeps the filters and marks prev/next', () => {
		const { body } = render(Pagination, { props: { page: 5, pageCount: 9, url, lang: 'en' } });
		expect(body).toContain('href="/en/partnerships?theme=education&amp;page=4" rel="prev"');
		expect(body).toContain('href="/en/partnerships?theme=education&amp;page=6" rel="next"');
		expect(body).toContain('href="/en/partnerships?theme=education" aria-label="Sida 1"');
		expect(body).toMatch(/aria-current="page"[^>]*>5</);
		expect(body).toContain('…');
		expect(body).not.toContain('page=3"');
	});

	it('shows nothing for a single page', () => {
		const { body } = render(Pagination, { props: { page: 1, pageCount: 1, url, lang: 'en' } });
		expect(body).not.toContain('<nav');
	});
});

describe('SiteHeader', () => {
	const url = new URL('http://x/sv/networks/human-rights?x=1');

	it('offers sign-in and the same page in the other languages', () => {
		const { body } = render(SiteHeader, { props: { lang: 'sv', user: null, url } });
		expect(body).toContain('href="/sv/sign-in"');
		expect(body).toContain('href="/en/networks/human-rights?x=1" hreflang="en" lang="en" data-sveltekit-reload');
		expect(body).toContain('href="/sv/networks" aria-current="true"');
		expect(body).not.toContain('/sv/workspace');
	});

	it('shows the workspace to members and the admin to staff, with a sign-out form', () => {
		const member = render(SiteHeader, { props: { lang: 'sv', user: { name: 'Maria Ek', isStaff: false }, url } }).body;
		expect(member).toContain('href="/sv/workspace"');
		expect(member).not.toContain('/sv/admin');
		expect(member).toContain('<form class="sign-out" method="POST" action="/sv/sign-out">');
		expect(member).toContain('Maria Ek');
		const staff = render(SiteHeader, { props: { lang: 'sv', user: { name: 'Sara', isStaff: true }, url } }).body;
		expect(staff).toContain('href="/sv/admin"');
	});
});

describe('FallbackNotice', () => {
	it('names the language the text is shown in, in the page language', async () => {
		const { default: FallbackNotice } = await import('./FallbackNotice.svelte');
		const { body } = render(FallbackNotice, { props: { shown: 'sv', lang: 'en' } });
		expect(body).toContain('role="note"');
		expect(body).toContain('Swedish');
	});
});
