import { describe, expect, it } from 'vitest';
import { callFormInput } from './form-input';
import { questionRows } from './rows';

function formData(entries: [string, string][]) {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

describe('callFormInput', () => {
	it('nests rows, collects the eligibility choices and drops new rows left blank', () => {
		const input = callFormInput(
			formData([
				['title.sv', 'Utlysning'],
				['eligibleCountryCodes', 'SE'],
				['eligibleCountryCodes', 'CO'],
				['questions.0.id', 'kept'],
				['questions.0.label.sv', ''],
				['questions.1.label.sv', ''],
				['questions.1.label.en', ' '],
				['questions.1.required', 'on'],
				['criteria.0.label.en', 'Capacity']
			])
		);
		expect(input.eligibleCountryCodes).toEqual(['SE', 'CO']);
		expect(input.eligibleOrganisationKinds).toEqual([]);
		expect(input.questions).toEqual({ '0': { id: 'kept', label: { sv: '' } } });
		expect(input.criteria).toEqual({ '0': { label: { en: 'Capacity' } } });
		expect(input.requirements).toEqual({});
	});
});

describe('questionRows', () => {
	it('rebuilds rows from submitted values in their order, or takes the stored ones', () => {
		const rows = questionRows(
			{
				'questions.3.label.en': 'Later',
				'questions.1.id': 'a',
				'questions.1.label.sv': 'Först',
				'questions.1.long': 'on'
			},
			[]
		);
		expect(rows.map((r) => [r.id, r.label.sv, r.label.en, r.long])).toEqual([
			['a', 'Först', '', true],
			[undefined, '', 'Later', false]
		]);
		const stored = [{ id: 'q', label: { sv: 'F' }, help: {}, required: true, long: false }];
		expect(questionRows(undefined, stored)[0]).toMatchObject(stored[0]!);
	});
});
