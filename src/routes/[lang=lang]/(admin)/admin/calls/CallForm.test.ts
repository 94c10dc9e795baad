import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setProgrammeTimeZone } from '$lib/time';
import CallForm from './CallForm.svelte';
import { callFormFields as fields } from './options';

const options = {
	programmes: [{ value: 'p1', label: 'Programme' }],
	networks: [{ value: 'n1', label: 'Network' }],
	countries: [{ value: 'SE', label: 'Sweden' }]
};

const call = {
	slug: 'a-call',
	programmeId: 'p1',
	networkId: null,
	kind: 'partner_search',
	title: { en: 'A call' },
	body: {},
	opensAtLocal: '2027-01-10T09:00',
	closesAtLocal: '2027-02-15T23:59',
	eligibleCountryCodes: ['SE'],
	eligibleOrganisationKinds: ['municipality'],
	requirements: [{ id: 'r1', text: { en: 'Attend' } }],
	questions: [{ id: 'q1', label: { en: 'Why?' }, help: {}, required: true, long: false }],
	criteria: [{ id: 'c1', label: { en: 'Capacity' } }]
};

describe('CallForm', () => {
	it('names each row’s fields by its place and keeps the stored ids in hidden fields', () => {
		const { body } = render(CallForm, { props: { lang: 'en', fields, options, call, submit: 'Save' } });
		expect(body).toContain('name="requirements.0.id" value="r1"');
		expect(body).toContain('name="questions.0.label.en"');
		expect(body).toMatch(/name="questions\.0\.required"[^>]*checked/);
		expect(body).not.toMatch(/name="questions\.0\.long"[^>]*checked/);
		expect(body).toContain('name="criteria.0.id" value="c1"');
		expect(body).toContain('value="2027-02-15T23:59"');
		expect(body).toMatch(/value="municipality"[^>]*checked/);
	});

	it('names the zone the opening and closing times are typed in: the programme’s', () => {
		const stockholm = render(CallForm, { props: { lang: 'en', fields, options, call, submit: 'Save' } }).body;
		expect(stockholm.match(/Central European Time/g)).toHaveLength(2);
		setProgrammeTimeZone('America/Bogota');
		const bogota = render(CallForm, { props: { lang: 'en', fields, options, call, submit: 'Save' } }).body;
		expect(bogota).toContain('Colombia Standard Time');
		expect(bogota).not.toContain('Central European Time');
	});

	afterEach(() => setProgrammeTimeZone('Europe/Stockholm'));

	it('shows the rows as submitted, with their errors, after a failure', () => {
		const form = {
			errors: { 'criteria.1.label': 'Write it in at least one language.' },
			values: { 'criteria.0.id': 'c1', 'criteria.0.label.en': 'Capacity', 'criteria.1.label.en': '' }
		};
		const { body } = render(CallForm, { props: { lang: 'en', fields, options, call, form, submit: 'Save' } });
		expect(body).toContain('name="criteria.1.label.en"');
		expect(body).toContain('Write it in at least one language.');
		expect(body).not.toContain('name="requirements.0.id"');
	});
});
