import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { MAX_CSV_ROWS, checkRow, decodeCsv, matchKey, parseOrganisationCsv, type CsvColumn } from './csv';

const header = 'name,kind,country,subdivision,population,latitude,longitude';
const blank: Record<CsvColumn, string> = {
	name: 'Piteå kommun',
	kind: 'municipality',
	country: 'SE',
	subdivision: '',
	population: '',
	latitude: '',
	longitude: ''
};

describe('checkRow', () => {
	it('takes a full row and gives the organisation to write', () => {
		const row = checkRow(
			{ ...blank, subdivision: 'Norrbotten', population: '42000', latitude: '65.3172', longitude: '21.4794' },
			2
		);
		expect(row.errors).toEqual({});
		expect(row.data).toEqual({
			name: 'Piteå kommun',
			kind: 'municipality',
			countryCode: 'SE',
			subdivision: 'Norrbotten',
			population: 42_000,
			latitude: 65.3172,
			longitude: 21.4794
		});
	});

	it('leaves blank optional fields out, so that they keep what is there', () => {
		const row = checkRow(blank, 2);
		expect(row.data).toEqual({ name: 'Piteå kommun', kind: 'municipality', countryCode: 'SE' });
	});

	it('accepts a lower-case country code, a kind by its name in any language and decimal commas', () => {
		expect(checkRow({ ...blank, kind: 'Kommun', country: 'se' }, 2).data?.kind).toBe('municipality');
		expect(checkRow({ ...blank, kind: 'Universidad' }, 2).data?.kind).toBe('university');
		expect(checkRow({ ...blank, kind: 'REGION' }, 2).data?.kind).toBe('region');
		expect(checkRow({ ...blank, latitude: '59,05', population: '12 500' }, 2).data).toMatchObject({
			latitude: 59.05,
			population: 12_500
		});
		expect(checkRow({ ...blank, population: '12,500' }, 2).data?.population).toBe(12_500);
		expect(checkRow({ ...blank, population: '12.500' }, 2).data?.population).toBe(12_500);
	});

	it.each([
		['kind', { kind: 'company' }],
		['country', { country: 'XX' }],
		['country', { country: 'Sweden' }],
		['population', { population: '12.5' }],
		['population', { population: '-3' }],
		['population', { population: '0' }],
		['population', { population: 'many' }],
		['latitude', { latitude: '91' }],
		['latitude', { latitude: 'north' }],
		['longitude', { longitude: '-180.5' }],
		['name', { name: 'A' }],
		['name', { name: '' }]
	] as const)('refuses a bad %s with a message on that field only', (field, change) => {
		const row = checkRow({ ...blank, ...change }, 7);
		expect(row.data).toBeNull();
		expect(Object.keys(row.errors)).toEqual([field]);
		expect(row.line).toBe(7);
	});

	it('says what is wrong in the request’s language', () => {
		expect(checkRow({ ...blank, country: 'XX' }, 2).errors.country).toBe(
			m.admin_import_country_unknown({ value: 'XX' })
		);
		expect(checkRow({ ...blank, population: '12.5' }, 2).errors.population).toBe(m.admin_import_population_invalid());
	});
});

describe('parseOrganisationCsv', () => {
	it('reads comma-separated rows, numbering them as in the file', () => {
		const parsed = parseOrganisationCsv(
			`${header}\nPiteå kommun,municipality,SE,Norrbotten,42000,65.3,21.5\nChinsali,municipality,ZM,,,,\n`
		);
		expect(parsed.fileError).toBeNull();
		expect(parsed.rows.map((r) => [r.line, r.data?.name, r.data?.countryCode])).toEqual([
			[2, 'Piteå kommun', 'SE'],
			[3, 'Chinsali', 'ZM']
		]);
	});

	it('reads semicolons, a byte order mark, CRLF, quoted fields and columns in any order and case', () => {
		const parsed = parseOrganisationCsv(
			'\uFEFFCountry;Name;Kind;Latitude\r\nZA;"Stellenbosch; Municipality";municipality;-33,93\r\n'
		);
		expect(parsed.fileError).toBeNull();
		expect(parsed.rows[0]?.data).toEqual({
			name: 'Stellenbosch; Municipality',
			kind: 'municipality',
			countryCode: 'ZA',
			latitude: -33.93
		});
	});

	it('refuses a file without the required columns, or with unknown or repeated ones', () => {
		expect(parseOrganisationCsv('name,country\nA kommun,SE').fileError).toBe(
			m.admin_import_missing_columns({ columns: 'kind' })
		);
		expect(parseOrganisationCsv('name,kind,country,popluation\nAa,region,SE,1').fileError).toBe(
			m.admin_import_unknown_columns({ columns: 'popluation' })
		);
		expect(parseOrganisationCsv('name,kind,country,name\nAa,region,SE,Bb').fileError).toBe(
			m.admin_import_repeated_columns({ columns: 'name' })
		);
	});

	it('refuses an empty file and a file with only a header', () => {
		expect(parseOrganisationCsv('').fileError).toBe(m.admin_import_empty());
		expect(parseOrganisationCsv('\uFEFF \n').fileError).toBe(m.admin_import_empty());
		expect(parseOrganisationCsv(`${header}\n\n`).fileError).toBe(m.admin_import_empty());
	});

	it(`refuses more than ${MAX_CSV_ROWS} rows`, () => {
		const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `Kommun ${i},municipality,SE`).join('\n');
		expect(parseOrganisationCsv(`name,kind,country\n${rows}`).fileError).toBe(
			m.admin_import_too_many_rows({ max: MAX_CSV_ROWS })
		);
		const most = Array.from({ length: MAX_CSV_ROWS }, (_, i) => `Kommun ${i},municipality,SE`).join('\n');
		expect(parseOrganisationCsv(`name,kind,country\n${most}`).rows).toHaveLength(MAX_CSV_ROWS);
	});

	it('marks a row with too few or too many fields', () => {
		const parsed = parseOrganisationCsv('name,kind,country\nAa kommun,municipality\nBb kommun,municipality,SE,extra');
		expect(parsed.rows.map((r) => r.errors._row)).toEqual([
			m.admin_import_field_count({ expected: 3, found: 2 }),
			m.admin_import_field_count({ expected: 3, found: 4 })
		]);
		expect(parsed.rows.every((r) => r.data === null)).toBe(true);
	});

	it('marks the second row of the same organisation (same name in any case, same country)', () => {
		const parsed = parseOrganisationCsv(
			'name,kind,country\nÅmåls kommun,municipality,SE\nÅMÅLS  KOMMUN,municipality,se\nÅmåls kommun,municipality,NO'
		);
		expect(parsed.rows.map((r) => r.errors._row ?? null)).toEqual([
			null,
			m.admin_import_duplicate_row({ line: 2 }),
			null
		]);
	});
});

describe('decodeCsv and matchKey', () => {
	it('decodes UTF-8 with or without a byte order mark, and refuses other encodings', () => {
		const text = 'name,kind,country\nÅmål,municipality,SE';
		expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		expect(parseOrganisationCsv(decodeCsv(withBom)!).rows[0]?.data?.name).toBe('Åmål');
		// "Åmål" in Windows-1252
		expect(decodeCsv(new Uint8Array([0xc5, 0x6d, 0xe5, 0x6c]))).toBeNull();
	});

	it('matches names whatever their case and spacing, within a country', () => {
		expect(matchKey(' Åmåls  Kommun', 'se')).toBe(matchKey('åmåls kommun', 'SE'));
		expect(matchKey('Åmåls kommun', 'SE')).not.toBe(matchKey('Åmåls kommun', 'NO'));
	});
});
