import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SchemaFields from './SchemaFields.svelte';
import type { SchemaField } from './schema-fields';

type Name = 'name' | 'kind' | 'population' | 'website' | 'agree' | 'countries';
const fields: SchemaField<Name>[] = [
	{ name: 'name', kind: 'translated', required: true, maxlength: 200 },
	{ name: 'kind', kind: 'choice', required: true, values: ['municipality', 'region'] },
	{ name: 'population', kind: 'number', required: false, whole: true },
	{ name: 'website', kind: 'text', required: false, maxlength: 500, format: 'url' },
	{ name: 'agree', kind: 'boolean', required: false },
	{ name: 'countries', kind: 'text', required: false, multiple: true }
];
const messages = {
	name: { label: 'Namn' },
	kind: { label: 'Slag', optionLabel: (v: string) => `slag ${v}`, placeholder: 'Välj' },
	population: { label: 'Invånare' },
	website: { label: 'Webbplats', hint: 'Med https://' },
	agree: { label: 'Jag godkänner' },
	countries: {
		label: 'Länder',
		options: [
			{ value: 'SE', label: 'Sverige' },
			{ value: 'NO', label: 'Norge' }
		]
	}
};
const page = (props: Record<string, unknown>) =>
	render(SchemaFields, { props: { fields, messages, lang: 'sv', ...props } as never }).body;

describe('SchemaFields', () => {
	it('shows each kind as the kit field with the page’s labels and the stored values', () => {
		const body = page({
			record: {
				name: { sv: 'Växjö' },
				kind: 'region',
				population: 97000.5,
				website: 'https://vaxjo.se',
				agree: true,
				countries: ['NO']
			}
		});
		expect(body).toContain('<legend>Namn *</legend>');
		expect(body).toMatch(/name="name\.sv"[^>]*value="Växjö"/);
		expect(body).toContain('<option value="">Välj</option>');
		expect(body).toMatch(/<option value="region" selected[^>]*>slag region<\/option>/);
		// The reader's notation: a Swedish decimal comma, no grouping, so it parses back the same.
		expect(body).toMatch(/name="population"[^>]*inputmode="numeric"|inputmode="numeric"[^>]*name="population"/);
		expect(body).toContain('value="97000,5"');
		expect(body).toMatch(/type="url"/);
		expect(body).toContain('Med https://');
		expect(body).toMatch(/type="checkbox"[^>]*name="agree"[^>]*checked/);
		expect(body).toMatch(/<select[^>]*multiple/);
		expect(body).toMatch(/<option value="NO" selected[^>]*>Norge/);
		expect(body).not.toContain('>population<');
	});

	it('shows what was sent and each field’s error after a failure, not the stored record', () => {
		const body = page({
			record: { website: 'https://vaxjo.se', agree: true, countries: ['NO'] },
			form: {
				errors: { website: 'Ogiltig adress', 'name.sv': 'För lång' },
				values: { 'name.sv': 'X', website: 'vaxjo', countries: 'SE' }
			}
		});
		expect(body).toMatch(/name="website"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="website"/);
		expect(body).toContain('<p class="form-error" id="field-website-error">Ogiltig adress</p>');
		expect(body).toContain('För lång');
		expect(body).toContain('value="vaxjo"');
		expect(body).not.toMatch(/name="agree"[^>]*checked/);
		expect(body).toMatch(/<option value="SE" selected/);
		expect(body).not.toMatch(/<option value="NO" selected/);
	});
});
