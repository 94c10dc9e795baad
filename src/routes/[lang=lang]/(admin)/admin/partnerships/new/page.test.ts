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
	partySearch: '/sv/admin/search/organisations'
};

const page = (form: unknown = null) => render(Page, { props: { data, form, params: {} } as never }).body;
const ghanzi = { id: 'o2', label: 'Ghanzi District Council (Botswana)' };

describe('the new partnership form', () => {
	it('offers four labelled party searches (no list of every organisation) and preselects the only programme', () => {
		const body = page();
		for (const n of [1, 2, 3, 4]) expect(body).toMatch(new RegExp(`<label for="party-${n}"[^>]*>Part ${n}`));
		expect(body).not.toContain('party-5');
		// Without JavaScript: a search input and a search button per party, and one (empty) id each.
		expect(body.match(/name="partyQuery"/g)).toHaveLength(4);
		expect(body.match(/<input type="hidden" name="partyIds" value=""/g)).toHaveLength(4);
		expect(body.match(/name="intent" value="search"/g)).toHaveLength(4);
		expect(body).toMatch(/<option value="pr1" selected/);
	});

	it('shows the matches of a search without JavaScript as a choice, keeping what was typed', () => {
		const body = page({
			values: { 'title.sv': 'Inga avhopp' },
			parties: [
				{ query: 'ghan', chosen: null, matches: [ghanzi, { id: 'o3', label: 'Ghanzi Town (Botswana)' }], more: false },
				{ query: 'zzz', chosen: null, matches: [], more: false }
			]
		});
		expect(body).toMatch(/<label class="matches-label[^"]*" for="party-1-matches">Träffar för ”ghan”/);
		expect(body).toMatch(/<select id="party-1-matches" name="partyIds"/);
		expect(body).not.toMatch(/<option value="o2"[^>]*selected/);
		expect(body).toContain('value="ghan"');
		expect(body).toContain('Inget hittades för ”zzz”.');
		expect(body).toContain('value="Inga avhopp"');
		// Two matched and two spare pickers, each still sending one id.
		expect(body.match(/name="partyIds"/g)).toHaveLength(4);
	});

	it('keeps the chosen parties by name after a refusal, with the error at the parties', () => {
		const body = page({
			errors: { partyIds: 'Minst en part ska vara svensk.' },
			values: { 'title.sv': 'Inga avhopp', partyIds: 'o2' },
			parties: [{ query: ghanzi.label, chosen: ghanzi, matches: null, more: false }]
		});
		expect(body).toContain('id="field-partyIds-error"');
		expect(body).toContain('<input type="hidden" name="partyIds" value="o2"');
		expect(body).toContain('Vald: Ghanzi District Council (Botswana)');
	});
});
