import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const page = (data: Record<string, unknown>, form: unknown = null) =>
	render(Page, { props: { data: { lang: 'sv', email: null, problem: null, ...data }, form, params: {} } as never })
		.body;

describe('the e-mail verification page', () => {
	it('asks to confirm with the chosen password and a button rather than using the link on opening', () => {
		const body = page({ email: 'karin@example.org' });
		expect(body).toContain('karin@example.org');
		expect(body).toContain('method="POST"');
		expect(body).toMatch(
			/<input[^>]*type="password"[^>]*name="password"|<input[^>]*name="password"[^>]*type="password"/
		);
	});

	it('once confirmed and signed in, links straight to the application', () => {
		const body = page(
			{},
			{
				verified: {
					email: 'karin@example.org',
					organisation: 'Nya kommunen',
					member: true,
					submitted: true,
					closedBeforeSubmission: false,
					expressionId: 'e1',
					signedIn: true
				}
			}
		);
		expect(body).toContain('href="/sv/workspace/applications/e1"');
		expect(body).not.toContain('/sv/sign-in');
	});

	it('when the password did not sign in, says so and links to sign in with the address filled in', () => {
		const body = page(
			{},
			{
				verified: {
					email: 'karin@example.org',
					organisation: 'Piteå kommun',
					member: false,
					submitted: true,
					closedBeforeSubmission: false,
					expressionId: 'e1',
					signedIn: false
				}
			}
		);
		expect(body).toContain('Piteå kommun');
		expect(body).toContain('handläggare kan bjuda in dig');
		expect(body).toContain(
			`/sv/sign-in?email=karin%40example.org&amp;redirectTo=${encodeURIComponent('/sv/workspace/applications/e1')}`
		);
	});

	it('explains a dead link', () => {
		expect(page({ problem: 'Länken har gått ut.' })).toContain('Länken har gått ut.');
	});
});
