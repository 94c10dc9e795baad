import { describe, expect, it } from 'vitest';
import { formInput } from './form-actions';

describe('formInput', () => {
	it('nests dotted names, collects arrays and reads checkboxes', () => {
		const data = new FormData();
		data.append('title.sv', 'Unga röster');
		data.append('title.en', 'Young voices');
		data.append('partyIds', 'a');
		data.append('partyIds', 'b');
		data.append('listedPublicly', 'on');
		data.append('phase', 'project');
		expect(formInput(data, { arrays: ['partyIds', 'principles'], booleans: ['listedPublicly', 'other'] })).toEqual({
			title: { sv: 'Unga röster', en: 'Young voices' },
			partyIds: ['a', 'b'],
			principles: [],
			listedPublicly: true,
			other: false,
			phase: 'project'
		});
	});
});
