import { describe, expect, it } from 'vitest';
import { datesInOrder, partyProblem } from './rules';

const se = (id: string) => ({ organisationId: id, countryCode: 'SE' });
const za = (id: string) => ({ organisationId: id, countryCode: 'ZA' });

describe('partyProblem', () => {
	it('accepts a Swedish and a foreign party', () => {
		expect(partyProblem([se('a'), za('b')])).toBeNull();
	});

	it('accepts three parties, as Ale – Ghanzi – Budesti', () => {
		expect(
			partyProblem([
				se('ale'),
				{ organisationId: 'ghanzi', countryCode: 'BW' },
				{ organisationId: 'budesti', countryCode: 'MD' }
			])
		).toBeNull();
	});

	it('accepts two Swedish parties', () => {
		expect(partyProblem([se('a'), se('b')])).toBeNull();
	});

	it('refuses a single party', () => {
		expect(partyProblem([se('a')])).toBe('too_few');
		expect(partyProblem([])).toBe('too_few');
	});

	it('refuses a partnership without a Swedish party', () => {
		expect(partyProblem([za('a'), za('b')])).toBe('no_swedish');
	});

	it('refuses the same organisation twice', () => {
		expect(partyProblem([se('a'), se('a')])).toBe('duplicate');
	});
});

describe('datesInOrder', () => {
	it('wants the end after the start', () => {
		expect(datesInOrder('2024-01-01', '2026-12-31')).toBe(true);
		expect(datesInOrder('2024-01-01', '2024-01-01')).toBe(false);
		expect(datesInOrder('2025-01-01', '2024-01-01')).toBe(false);
	});

	it('accepts open ends', () => {
		expect(datesInOrder('2024-01-01', null)).toBe(true);
		expect(datesInOrder(undefined, '2024-01-01')).toBe(true);
	});
});
