import { describe, expect, it } from 'vitest';
import { exportFileName, guardFormula, tableCsv, tableFormat } from './table-export';

describe('a list download', () => {
	it('names the file after the list in the reader’s language, with the day', () => {
		const day = new Date('2027-02-15T10:00:00Z');
		expect(exportFileName('Organisationer', 'csv', day)).toBe('organisationer-2027-02-15.csv');
		expect(exportFileName('Registro de auditoría', 'xlsx', day)).toBe('registro-de-auditoría-2027-02-15.xlsx');
		expect(exportFileName('***', 'csv', day)).toBe('export-2027-02-15.csv');
	});

	it('writes CSV with a byte order mark and CRLF, formulas as text, empty cells empty', () => {
		const csv = tableCsv({
			header: ['Namn', 'Antal'],
			rows: [
				['=HYPERLINK("x")', 3],
				['Piteå', null]
			]
		});
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual(['Namn,Antal', '"\'=HYPERLINK(""x"")",3', 'Piteå,']);
		expect(guardFormula('-1+2')).toBe("'-1+2");
		expect(guardFormula('Lund')).toBe('Lund');
	});

	it('takes csv or xlsx and refuses anything else as invalid input', () => {
		expect(tableFormat('xlsx')).toBe('xlsx');
		expect(() => tableFormat('pdf')).toThrow();
		expect(() => tableFormat(null)).toThrow();
	});
});
