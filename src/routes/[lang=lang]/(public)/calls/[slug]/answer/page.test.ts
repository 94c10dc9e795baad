import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

const call = {
	id: 'c1',
	slug: 'partner-search-2027',
	kind: 'partner_search',
	title: { text: 'Kommuner söker partner', locale: 'sv' as const, isFallback: false },
	questions: [
		{ id: 'motivation', label: { sv: 'Varför?' }, help: { sv: 'Berätta' }, required: true, long: true },
		{ id: 'contact', label: { sv: 'Kontakt' }, help: {}, required: false, long: false }
	],
	requirements: [{ id: 'board', text: { sv: 'Styrelsen står bakom' } }],
	opensAt: '2026-11-01T08:00:00.000Z',
	closesAt: '2027-02-15T22:59:00.000Z',
	state: 'open'
};
const options = {
	themes: [{ value: 't1', label: 'Utbildning' }],
	countries: [{ value: 'CO', label: 'Colombia' }]
};
const base = {
	lang: 'sv' as const,
	call,
	closedProblem: null,
	organisations: [],
	chosen: null,
	draft: null,
	options,
	visitor: null
};

const page = (data: Record<string, unknown>, form: unknown = null) =>
	render(Page, { props: { data: { ...base, signedIn: false, ...data }, form, params: {} } as never }).body;

describe('the answer page', () => {
	it('sits in the site’s page container, so a phone shows it with margins', () => {
		expect(page({})).toMatch(/^(<!--[^>]*-->\s*)*<div class="container page[^"]*">/);
	});

	it('asks a visitor about themselves, their organisation and the answer, with both buttons', () => {
		const body = page({
			visitor: { countries: [{ value: 'SE', label: 'Sverige' }], kinds: [{ value: 'municipality', label: 'Kommun' }] }
		});
		for (const name of ['name', 'email', 'password', 'confirm', 'organisation.name', 'organisation.countryCode'])
			expect(body).toContain(`name="${name}"`);
		expect(body).toMatch(/<textarea[^>]*name="answers.motivation"/);
		expect(body).toMatch(/<input[^>]*name="answers.contact"/);
		expect(body).toContain('name="confirmations"');
		expect(body).toContain('name="challenge.sv"');
		expect(body).toContain('name="themeId"');
		expect(body).toContain('name="preferredCountryCodes"');
		expect(body).toContain('value="submit"');
		expect(body).toContain('value="draft"');
		expect(body).not.toContain('name="useExisting"');
	});

	it('offers the organisation that exists, keeping what was typed but never the password', () => {
		const body = page(
			{ visitor: { countries: [{ value: 'SE', label: 'Sverige' }], kinds: [] } },
			{
				errors: { 'organisation.name': 'Piteå kommun finns redan' },
				values: {
					name: 'Karin',
					organisation: { name: 'piteå kommun', countryCode: 'SE' },
					answers: { motivation: 'Därför' }
				},
				duplicate: { id: 'o1', name: 'Piteå kommun' }
			}
		);
		expect(body).toContain('name="useExisting"');
		expect(body).toMatch(/name="existingOrganisationId" value="o1"/);
		expect(body).toContain('Piteå kommun finns redan');
		expect(body).toContain('value="Karin"');
		expect(body).toContain('Därför</textarea>');
	});

	it('tells a visitor to check their e-mail once registered', () => {
		const body = page({}, { registered: { email: 'karin@example.org', mailed: true, submit: true } });
		expect(body).toContain('karin@example.org');
		expect(body).not.toContain('name="intent"');
	});

	it('shows why a closed call takes no answers, and explains to a signed-in person without a coordinator role', () => {
		expect(page({ closedProblem: 'Utlysningen är stängd.', options: null })).toContain('Utlysningen är stängd.');
		const body = page({ signedIn: true });
		expect(body).toContain('Bara samordnare');
		expect(body).not.toContain('name="intent"');
	});

	it('answers for the chosen organisation, with its draft filled in', () => {
		const body = page({
			signedIn: true,
			organisations: [{ id: 'o1', name: 'Lunds kommun', problem: null, status: 'draft' }],
			chosen: { id: 'o1', name: 'Lunds kommun' },
			draft: {
				answers: { motivation: 'Utkast' },
				confirmations: ['board'],
				challenge: { sv: 'Skolavhopp' },
				themeId: 't1',
				preferredCountryCodes: ['CO'],
				languages: ['sv']
			}
		});
		expect(body).toMatch(/name="organisationId" value="o1"/);
		expect(body).toContain('Utkast</textarea>');
		expect(body).toMatch(/value="board" checked/);
		expect(body).toMatch(/value="t1" selected/);
		expect(body).not.toContain('name="password"');
	});
});
