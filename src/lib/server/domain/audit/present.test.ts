import { describe, expect, it } from 'vitest';
import { shownChanges } from './present';

// Times in the log's changes read as every other time does: the programme's zone, named, whatever the
// server's own zone.
process.env.TZ = 'UTC';

describe('shownChanges', () => {
	it('shows changed instants in the programme’s zone and calendar dates as dates', () => {
		const changes = shownChanges(
			{
				action: 'call.updated',
				before: { closesAt: '2027-02-15T22:59:00.000Z', startDate: '2024-01-10' },
				after: { closesAt: '2027-03-31T21:59:00.000Z', startDate: '2024-02-01' }
			},
			'sv'
		);
		expect(changes.map(({ before, after }) => [before, after])).toEqual(
			expect.arrayContaining([
				['15 februari 2027 kl. 23:59 (centraleuropeisk tid)', '31 mars 2027 kl. 23:59 (centraleuropeisk tid)'],
				['10 januari 2024', '1 februari 2024']
			])
		);
	});
});
