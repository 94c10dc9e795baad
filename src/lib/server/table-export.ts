import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { AppError } from '$lib/server/errors';
import { orErrorPage } from '$lib/server/form-actions';
import { m } from '$lib/paraglide/messages';
import { dayOf } from '$lib/time';

// A list page's rows as a file for staff to take elsewhere (CSV or an Excel workbook), answered as an
// attachment that no cache keeps. Headers are in the reader's language; the file name is localised
// (`organisationer-2027-02-15.csv`).

export const tableFormats = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof tableFormats)[number];
export type TableCell = string | number | null;
export type ExportTable = { header: string[]; rows: TableCell[][] };

const contentTypes: Record<TableFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** `csv` or `xlsx` from `?format=`, or AppError('invalid') naming `format` (a 400, never a 500). */
export function tableFormat(value: string | null): TableFormat {
	if (value === 'csv' || value === 'xlsx') return value;
	throw AppError.invalid({ format: m.kit_table_export_format_invalid() });
}

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one)
 * gets a leading apostrophe: the cell then shows the text instead of computing it.
 */
export function guardFormula(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV: UTF-8 with a byte order mark (so Excel reads å, ä, ö), comma separated, CRLF. */
export function tableCsv(table: ExportTable): string {
	const cell = (value: TableCell) => (typeof value === 'string' ? guardFormula(value) : value === null ? '' : value);
	const csv = Papa.unparse(
		{ fields: table.header.map(guardFormula), data: table.rows.map((row) => row.map(cell)) },
		{ newline: '\r\n' }
	);
	return `\uFEFF${csv}`;
}

/** An Excel workbook: a bold header row, text cells never read as formulas, widths that fit (10–60). */
export async function tableXlsx(table: ExportTable, sheet: string): Promise<Uint8Array> {
	const data = [
		table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...table.rows.map((row) =>
			row.map((value) =>
				value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }
			)
		)
	];
	const columns = table.header.map((title, i) => {
		const longest = Math.max(title.length, ...table.rows.map((row) => String(row[i] ?? '').length));
		return { width: Math.min(60, Math.max(10, longest + 2)) };
	});
	// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
	const name = sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
	return new Uint8Array(await writeExcelFile(data, { columns, sheet: name }).toBuffer());
}

/** A file name safe in a header: letters (å, ñ too), digits and dashes; `name-2027-02-15.csv`. */
export function exportFileName(name: string, format: TableFormat, now = new Date()): string {
	const stem = name
		.normalize('NFC')
		.toLocaleLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return `${stem || 'export'}-${dayOf(now)}.${format}`;
}

/**
 * The rows as a download. `name` is the list's localised title: it names the file and the sheet.
 * The header carries an ASCII fallback name and the UTF-8 one (RFC 6266), so "organisationer"
 * and "exportación" both arrive intact.
 */
export async function tableDownload(format: TableFormat, name: string, table: ExportTable): Promise<Response> {
	const body = format === 'csv' ? tableCsv(table) : await tableXlsx(table, name);
	return fileDownload(format, exportFileName(name, format), body);
}

/** A file as an attachment that no cache keeps (the answers export of /api/v1 and staff pages too). */
export function fileDownload(format: TableFormat, fileName: string, file: string | Uint8Array): Response {
	const body = typeof file === 'string' ? new TextEncoder().encode(file) : file;
	const ascii = fileName
		.normalize('NFD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\]/g, '');
	return new Response(body as BodyInit, {
		status: 200,
		headers: {
			'content-type': contentTypes[format],
			'content-length': String(body.byteLength),
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			'cache-control': 'no-store'
		}
	});
}

/** Answers `?format=` of a list's export route with the table `build` makes; a bad format is a 400. */
export async function listDownload(url: URL, name: string, build: () => Promise<ExportTable>): Promise<Response> {
	const format = await orErrorPage(Promise.resolve().then(() => tableFormat(url.searchParams.get('format'))));
	return tableDownload(format, name, await build());
}
