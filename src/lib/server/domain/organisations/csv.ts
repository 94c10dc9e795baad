import Papa from 'papaparse';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { locales } from '$lib/i18n/locales';
import { organisationKinds } from '$lib/server/db/schema';
import { isCountryCode } from '../countries/names';
import { parseNumber } from '../../numbers';
import { isStorableText } from '../../validation';

// Reading a CSV file of organisations: pure, so that preview and import check every row the same way.

export const csvColumns = ['name', 'kind', 'country', 'subdivision', 'population', 'latitude', 'longitude'] as const;
export type CsvColumn = (typeof csvColumns)[number];
const requiredColumns: readonly CsvColumn[] = ['name', 'kind', 'country'];

/** The largest file we take (1 MB leaves room to send it again under the server's 2 MB request limit). */
export const MAX_CSV_BYTES = 1_000_000;
export const MAX_CSV_ROWS = 5_000;

export type OrganisationKind = (typeof organisationKinds)[number];

/** A valid row as it will be written. An optional field left blank is `undefined`: it keeps what is there. */
export type ImportRow = {
	name: string;
	kind: OrganisationKind;
	countryCode: string;
	subdivision?: string;
	population?: number;
	latitude?: number;
	longitude?: number;
};

export type CsvRow = {
	/** The row's number in the file, the header being row 1. */
	line: number;
	values: Record<CsvColumn, string>;
	/** The row to write, when it has no errors. */
	data: ImportRow | null;
	/** Messages per column; `_row` is about the row as a whole. */
	errors: Partial<Record<CsvColumn | '_row', string>>;
};

export type ParsedCsv = { fileError: string | null; rows: CsvRow[] };

/** The file's bytes as text: UTF-8 with or without a byte order mark; anything else is refused. */
export function decodeCsv(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Parses and checks a CSV file of organisations: a header row naming the columns (in any order, any
 * case; name, kind and country are required), `,` or `;` between fields. Every row is checked on its
 * own and against the rows before it (the same name and country twice is refused), with messages in
 * the request's language. Problems with the file as a whole come as `fileError`, with no rows.
 */
export function parseOrganisationCsv(text: string): ParsedCsv {
	const content = text.replace(/^\uFEFF/, '');
	if (content.length > MAX_CSV_BYTES) return failed(m.admin_import_too_large({ megabytes: MAX_CSV_BYTES / 1_000_000 }));
	if (content.trim() === '') return failed(m.admin_import_empty());
	const parsed = Papa.parse<string[]>(content, { delimitersToGuess: [',', ';'], skipEmptyLines: 'greedy' });
	const [header = [], ...records] = parsed.data;
	const columns = header.map((h) => h.trim().toLowerCase());
	const unknown = columns.filter((c) => !(csvColumns as readonly string[]).includes(c));
	if (unknown.length) return failed(m.admin_import_unknown_columns({ columns: unknown.join(', ') || '""' }));
	const missing = requiredColumns.filter((c) => !columns.includes(c));
	if (missing.length) return failed(m.admin_import_missing_columns({ columns: missing.join(', ') }));
	const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
	if (repeated.length) return failed(m.admin_import_repeated_columns({ columns: [...new Set(repeated)].join(', ') }));
	if (records.length === 0) return failed(m.admin_import_empty());
	if (records.length > MAX_CSV_ROWS) return failed(m.admin_import_too_many_rows({ max: MAX_CSV_ROWS }));

	const rowProblems = new Map<number, string>();
	for (const error of parsed.errors) {
		// Papaparse counts rows from 0, the header included. A delimiter it cannot guess is found out below.
		if (error.type === 'Delimiter') continue;
		if (error.row === undefined || error.row === null) return failed(m.admin_import_unreadable());
		rowProblems.set(error.row, m.admin_import_missing_quote());
	}
	records.forEach((record, index) => {
		if (record.length !== columns.length && !rowProblems.has(index + 1))
			rowProblems.set(index + 1, m.admin_import_field_count({ expected: columns.length, found: record.length }));
	});

	const seen = new Map<string, number>();
	return {
		fileError: null,
		rows: records.map((record, index) => {
			const values = Object.fromEntries(
				csvColumns.map((column) => {
					const at = columns.indexOf(column);
					return [column, at === -1 ? '' : (record[at] ?? '').trim()];
				})
			) as Record<CsvColumn, string>;
			const row = checkRow(values, index + 2);
			const problem = rowProblems.get(index + 1);
			if (problem) row.errors._row = problem;
			if (row.data) {
				const key = matchKey(row.data.name, row.data.countryCode);
				const first = seen.get(key);
				if (first !== undefined) row.errors._row ??= m.admin_import_duplicate_row({ line: first });
				else seen.set(key, row.line);
			}
			if (Object.keys(row.errors).length > 0) row.data = null;
			return row;
		})
	};
}

/** How rows and organisations are matched: the same name (any case) in the same country. */
export function matchKey(name: string, countryCode: string): string {
	return `${countryCode.toUpperCase()}|${name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und')}`;
}

function failed(message: string): ParsedCsv {
	return { fileError: message, rows: [] };
}

/** Checks one row's fields; the row's `data` is set only when every field is right. */
export function checkRow(values: Record<CsvColumn, string>, line: number): CsvRow {
	const errors: CsvRow['errors'] = {};
	const name = values.name.replace(/\s+/g, ' ');
	if (name.length < 2 || name.length > 200) errors.name = m.admin_import_name_invalid({ max: 200 });

	const kind = kindFrom(values.kind);
	if (!kind) errors.kind = m.admin_import_kind_unknown({ value: values.kind, kinds: organisationKinds.join(', ') });

	const countryCode = values.country.toUpperCase();
	if (!isCountryCode(countryCode)) errors.country = m.admin_import_country_unknown({ value: values.country });

	if (values.subdivision.length > 200) errors.subdivision = m.admin_import_subdivision_too_long({ max: 200 });

	// As the forms read it: "12 500", and "12,500" or "12.500" from a spreadsheet in another language.
	const writtenPopulation = values.population.trim()
		? parseNumber(values.population, getLocale(), { whole: true })
		: null;
	const population = !writtenPopulation ? undefined : writtenPopulation.ok ? writtenPopulation.value : null;
	if (population === null || (population !== undefined && (population < 1 || population > 2_000_000_000)))
		errors.population = m.admin_import_population_invalid();

	const decimal = /^[+-]?\d+([.,]\d+)?$/;
	const latitude = optionalNumber(values.latitude, decimal);
	if (latitude === null || (latitude !== undefined && Math.abs(latitude) > 90))
		errors.latitude = m.admin_import_latitude_invalid();
	const longitude = optionalNumber(values.longitude, decimal);
	if (longitude === null || (longitude !== undefined && Math.abs(longitude) > 180))
		errors.longitude = m.admin_import_longitude_invalid();

	// The one rule for text (validation.ts): a NUL byte is valid UTF-8, but PostgreSQL cannot store it.
	for (const [column, value] of Object.entries(values))
		if (!isStorableText(value)) errors[column as CsvColumn] = m.validation_unreadable_text();

	const valid = Object.keys(errors).length === 0 && kind;
	return {
		line,
		values,
		errors,
		data: valid
			? {
					name,
					kind,
					countryCode,
					subdivision: values.subdivision || undefined,
					population: population ?? undefined,
					latitude: latitude ?? undefined,
					longitude: longitude ?? undefined
				}
			: null
	};
}

/** Blank → undefined (not given); a number in the expected form → the number; anything else → null. */
function optionalNumber(raw: string, form: RegExp): number | undefined | null {
	if (raw === '') return undefined;
	if (!form.test(raw)) return null;
	// A decimal comma, as spreadsheets write in Swedish and Spanish.
	const value = Number(raw.replace(',', '.'));
	return Number.isFinite(value) ? value : null;
}

/** A kind by its code (`municipality`) or its name in any of our languages (`kommun`, `Municipio`). */
function kindFrom(raw: string): OrganisationKind | undefined {
	const wanted = raw.trim().toLocaleLowerCase('und');
	if (!wanted) return undefined;
	return organisationKinds.find(
		(kind) => kind === wanted || locales.some((locale) => kindName(kind, locale).toLocaleLowerCase('und') === wanted)
	);
}

const kindNames = {
	municipality: m.kind_municipality,
	region: m.kind_region,
	university: m.kind_university,
	civil_society: m.kind_civil_society,
	programme_owner: m.kind_programme_owner,
	other: m.kind_other
} satisfies Record<OrganisationKind, unknown>;

function kindName(kind: OrganisationKind, locale: (typeof locales)[number]): string {
	return kindNames[kind]({}, { locale });
}
