import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProfileForm from './ProfileForm.svelte';

// Outside a request Paraglide speaks the base language, Swedish.
const options = {
	themes: [{ value: 't1', label: 'Ungdomsdelaktighet' }],
	languages: [{ value: 'es', label: 'spanska' }],
	areas: [
		{
			key: 'democracy',
			label: 'Demokrati och förvaltning',
			areas: [
				{ value: 'local_democracy', label: 'lokal demokrati' },
				{ value: 'transparency', label: 'transparens' }
			]
		}
	]
};
const profile = {
	themeId: 't1',
	challenge: { es: 'Desafío' },
	hopes: { es: 'Esperanzas' },
	contactRole: { es: 'Secretaría' },
	population: null,
	languages: ['es'],
	maxMatches: 1,
	challengeAreas: ['transparency']
};
const form = (props: Record<string, unknown>) =>
	render(ProfileForm, {
		props: { lang: 'sv', options, profile, action: '?/save', submit: 'Spara', ...props } as never
	}).body;
const checked = (body: string, value: string) =>
	new RegExp(`<input[^>]*name="challengeAreas"[^>]*value="${value}"[^>]*checked`).test(body);

describe('ProfileForm', () => {
	it('shows the chosen areas and what was recognised in the saved challenge', () => {
		const body = form({ recognised: [{ value: 'local_democracy', label: 'lokal demokrati' }] });
		expect(checked(body, 'transparency')).toBe(true);
		expect(checked(body, 'local_democracy')).toBe(false);
		expect(body).toContain('Vi kände igen de här områdena i er text: lokal demokrati.');
	});

	it('puts back the areas of a refused submission, with the problem on the list', () => {
		const body = form({
			form: {
				errors: { 'challengeAreas.0': 'Välj utmaningsområden i listan.' },
				values: { challengeAreas: 'local_democracy', languages: 'es' }
			}
		});
		expect(checked(body, 'local_democracy')).toBe(true);
		expect(checked(body, 'transparency')).toBe(false);
		expect(body).toMatch(/<p class="error[^"]*" id="field-challengeAreas-error">Välj utmaningsområden i listan.<\/p>/);
		expect(body).toContain('href="#field-challengeAreas"');
	});
});
