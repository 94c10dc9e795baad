import { describe, expect, it } from 'vitest';
import { applyRowCommand, rowIndexes } from './rows';

describe('row commands without JavaScript', () => {
	const values = { title: 'Ett anrop', 'questions.0.label.sv': 'Varför?', 'questions.2.label.sv': 'Hur?' };

	it('does nothing to a form without a command', () => {
		expect(applyRowCommand(values)).toBeNull();
	});

	it('adds a row after the last one, keeping what was typed', () => {
		const added = applyRowCommand({ ...values, 'rows-command': 'add:questions' })!;
		expect(added).toEqual({ ...values, 'questions.3.key': '' });
		expect(rowIndexes(added, 'questions')).toEqual([0, 2, 3]);
		expect(applyRowCommand({ 'rows-command': 'add:lines' })).toEqual({ 'lines.0.key': '' });
	});

	it('removes exactly the row named, not one whose index starts the same', () => {
		const many = { ...values, 'questions.20.label.sv': 'Var?' };
		expect(applyRowCommand({ ...many, 'rows-command': 'remove:questions:2' })).toEqual({
			title: 'Ett anrop',
			'questions.0.label.sv': 'Varför?',
			'questions.20.label.sv': 'Var?'
		});
	});

	it('ignores a command it does not understand', () => {
		expect(applyRowCommand({ ...values, 'rows-command': 'drop:questions' })).toEqual(values);
		expect(applyRowCommand({ ...values, 'rows-command': 'remove:questions:x' })).toEqual(values);
		expect(applyRowCommand({ ...values, 'rows-command': 'add:../x' })).toEqual(values);
	});
});
