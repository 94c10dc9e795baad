import { describe, expect, it } from 'vitest';
import { parseInput } from '$lib/server/validation';
import { AppError } from '$lib/server/errors';
import { dateRangeInput } from './date-range';
import { fileInput } from './file';
import { minorToAmount, moneyInput, readAmount, toMinorUnits } from './money';

// Outside a request Paraglide speaks Swedish: the messages below are the Swedish ones.

function errorsOf(run: () => unknown): Record<string, string> {
	try {
		run();
	} catch (error) {
		if (error instanceof AppError) return error.fieldErrors;
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('money', () => {
	it.each([
		['1234', 'SEK', 123400n, '1234.00'],
		['1234,5', 'SEK', 123450n, '1234.50'],
		['1 234,50', 'SEK', 123450n, '1234.50'],
		['1\u00a0234,05', 'EUR', 123405n, '1234.05'],
		['1,234.56', 'USD', 123456n, '1234.56'],
		['1.234.567,89', 'COP', 123456789n, '1234567.89'],
		['1,234', 'ZAR', 123400n, '1234.00'],
		['0.1', 'SEK', 10n, '0.10'],
		['250000', 'UGX', 250000n, '250000']
	] as const)('reads %s %s exactly', (text, currency, minor, amount) => {
		expect(parseInput(moneyInput(), { amount: text, currency })).toEqual({ minor, amount, currency });
	});

	it('adds amounts without a binary float: 0.1 + 0.2 is 0.30', () => {
		const sum = toMinorUnits('0,1', 'SEK')! + toMinorUnits('0,2', 'SEK')!;
		expect(minorToAmount(sum, 'SEK')).toBe('0.30');
	});

	it('keeps amounts beyond a float’s precision whole', () => {
		expect(toMinorUnits('90071992547409,93', 'SEK')).toBe(9007199254740993n);
	});

	it.each(['', 'abc', '-5', '1,2,3', '12.345.6', '1,234,5', '1,2345', '1e5', '12 abc'])(
		'refuses “%s” with a message that gives an example',
		(text) => {
			expect(errorsOf(() => parseInput(moneyInput(), { amount: text, currency: 'SEK' })).amount).toMatch(
				/högst två decimaler, till exempel 1\s234,50/
			);
		}
	);

	it('refuses decimals the currency does not have, an unknown currency and too large an amount', () => {
		expect(errorsOf(() => parseInput(moneyInput(), { amount: '5,5', currency: 'UGX' })).amount).toBeTruthy();
		expect(errorsOf(() => parseInput(moneyInput(), { amount: '5', currency: 'XXX' })).currency).toBe(
			'Välj en valuta i listan.'
		);
		expect(
			errorsOf(() => parseInput(moneyInput({ max: 1000 }), { amount: '1000,01', currency: 'SEK' })).amount
		).toMatch(/högst 1\s000/);
	});

	it('reads what is unambiguous and nothing else', () => {
		expect(readAmount('12,34')).toEqual({ whole: '12', fraction: '34' });
		expect(readAmount('12.345,6')).toEqual({ whole: '12345', fraction: '6' });
		expect(readAmount('12,3456')).toEqual({ whole: '12', fraction: '3456' });
		expect(readAmount('.5')).toBeNull();
	});
});

describe('date ranges', () => {
	const dates = dateRangeInput({ start: 'startDate', end: 'endDate' });

	it('accepts an end on or after the start, and either end alone', () => {
		expect(parseInput(dates, { startDate: '2027-01-01', endDate: '2027-01-01' })).toEqual({
			startDate: '2027-01-01',
			endDate: '2027-01-01'
		});
		expect(parseInput(dates, { startDate: '', endDate: '2027-01-01' })).toEqual({ endDate: '2027-01-01' });
	});

	it('says at the end, in the reader’s language, when it is before the start', () => {
		expect(errorsOf(() => parseInput(dates, { startDate: '2027-02-01', endDate: '2027-01-31' }))).toEqual({
			endDate: expect.stringMatching(/slut/i)
		});
	});

	it('refuses a date that does not exist', () => {
		expect(errorsOf(() => parseInput(dates, { startDate: '2027-02-30' })).startDate).toBeTruthy();
	});

	it('reads datetime-local values on the zone’s clock and compares the instants', () => {
		const times = dateRangeInput({ start: 'opens', end: 'closes', timeZone: 'Europe/Stockholm', required: true });
		expect(parseInput(times, { opens: '2027-03-28T01:30', closes: '2027-03-28T03:30' })).toEqual({
			opens: new Date('2027-03-28T00:30:00Z'),
			closes: new Date('2027-03-28T01:30:00Z')
		});
		// Ten in Johannesburg is nine in Stockholm in winter: an hour apart, not the same time.
		const joburg = dateRangeInput({ start: 'opens', end: 'closes', timeZone: 'Africa/Johannesburg' });
		expect(parseInput(joburg, { opens: '2027-01-10T10:00' })).toEqual({ opens: new Date('2027-01-10T08:00:00Z') });
		expect(errorsOf(() => parseInput(times, { opens: '2027-03-28T10:00', closes: '2027-03-28T09:59' }))).toEqual({
			closes: expect.any(String)
		});
		expect(errorsOf(() => parseInput(times, { opens: 'tomorrow', closes: '' }))).toMatchObject({
			opens: 'Skriv datum och klockslag, till exempel 2027-02-15 23:59.'
		});
	});
});

describe('files', () => {
	const pdf = fileInput({ accept: ['application/pdf', '.docx'], maxBytes: 1_000_000, required: true });
	const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });

	it('accepts an allowed type within the size', () => {
		const given = file('plan.docx', '', 10);
		expect(parseInput(pdf, given)).toBe(given);
	});

	it('says the size and the limit when too big, and the allowed types when the type is wrong', () => {
		expect(errorsOf(() => parseInput(pdf, file('a.pdf', 'application/pdf', 2_500_000)))._form).toMatch(/2,5 MB.*1 MB/);
		expect(errorsOf(() => parseInput(pdf, file('a.exe', 'application/x-msdownload', 10)))._form).toMatch(/DOCX/);
		expect(errorsOf(() => parseInput(pdf, new File([], '')))._form).toBe('Välj en fil.');
	});
});
