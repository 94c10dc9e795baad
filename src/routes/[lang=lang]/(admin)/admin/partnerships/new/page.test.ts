import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Page from './+page.svelte';

// Outside a request Paraglide speaks the base language, Swedish.

const data = {
	lang: 'sv' as const,
	user: null,
	programmes: [{ value: 'pr1', label: 'Kommunalt partnerskap' }],
	themes: [{ value: 'th1', label: 'Utbildning' }],
	networks: [],
	organisations: [
		{ value: 'o1', label: 'Ale kommun (Sverige)' },
		{ value: 'o2', label: 'Ghanzi District Council (Botswana)' },
		{ value: 'o3', label: 'Primăria Budești (Moldavien)' }
	]
};

const page = (form: unknown = null) => render(Page, { props: { data, form, params: {} } as never }).body;

describe('the new partnership form', () => {
	it('offers one labelled picker per party, four at first, and preselects the only programme', () => {
		const body = page();
		for (const n of [1, 2, 3, 4]) expect(body).toContain(`<label for="party-${n}">Part ${n}</label>`);
		expect(body).not.toContain('party-5');
		expect(body.match(/name="partyIds"/g)).toHaveLength(4);
		expect(body).toMatch(/<option value="pr1" selected/);
	});

	it('keeps the chosen parties and typed title after a refusal, with the error at the parties', () => {
		const body = page({
			errors: { partyIds: 'Minst en part ska vara svensk.' },
			values: { 'title.sv': 'Inga avhopp', partyIds: 'o2,o3' }
		});
		expect(body).toContain('id="field-partyIds-error"');
		expect(body).toMatch(/<option value="o2" selected/);
		expect(body).toMatch(/<option value="o3" selected/);
		expect(body).toContain('value="Inga avhopp"');
	});
});
