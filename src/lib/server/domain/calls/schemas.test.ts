import { describe, expect, it } from 'vitest';
import { callInput, callUpdateInput, newItemId } from './schemas';

const base = {
	programmeId: '7f9c2b4e-1d3a-4c5b-8e6f-0a1b2c3d4e5f',
	kind: 'partner_search',
	title: { en: 'A call' },
	opensAt: '2027-01-10T09:00',
	closesAt: '2027-02-15T23:59'
};

describe('newItemId', () => {
	it('makes 8 lower-case letters and digits, different each time', () => {
		const ids = new Set(Array.from({ length: 50 }, newItemId));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]{8}$/);
	});
});

describe('callInput', () => {
	it('reads rows a form numbers as lists, in the order of their numbers, with checkboxes', () => {
		const parsed = callInput.parse({
			...base,
			questions: {
				'10': { label: { en: 'Second' } },
				'2': { id: 'first', label: { en: 'First' }, required: 'on' }
			}
		});
		expect(parsed.questions.map((q) => q.label.en)).toEqual(['First', 'Second']);
		expect(parsed.questions[0]).toMatchObject({ id: 'first', required: true, long: false, help: {} });
		expect(parsed.questions[1]!.id).toMatch(/^[a-z0-9]{8}$/);
		expect(parsed.requirements).toEqual([]);
		expect(parsed.eligibleCountryCodes).toEqual([]);
	});

	it('names the closing as the problem when it is not after the opening', () => {
		const result = callInput.safeParse({ ...base, closesAt: '2027-01-10T09:00' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['closesAt']);
	});

	it('refuses an id twice in one list and a malformed one', () => {
		const result = callInput.safeParse({
			...base,
			criteria: [
				{ id: 'x', label: { en: 'A' } },
				{ id: 'x', label: { en: 'B' } },
				{ id: 'no spaces', label: { en: 'C' } }
			]
		});
		expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['criteria.1.id', 'criteria.2.id']);
	});

	it('dedupes and upper-cases countries', () => {
		expect(callInput.parse({ ...base, eligibleCountryCodes: ['se', 'SE', 'co'] }).eligibleCountryCodes).toEqual([
			'SE',
			'CO'
		]);
	});
});

describe('callUpdateInput', () => {
	it('leaves out what is not sent and clears the network with an empty value', () => {
		expect(callUpdateInput.parse({})).toEqual({});
		expect(callUpdateInput.parse({ networkId: '' })).toEqual({ networkId: null });
		expect(callUpdateInput.parse({ criteria: [] })).toEqual({ criteria: [] });
	});
});
