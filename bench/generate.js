// The benchmark's data set: 2,000 organisations (a third Swedish), 5,000 partnerships (mostly two parties,
// some three, always one Swedish) over six themes, some in networks. Deterministic (seeded), so runs compare.
// Loaded with a few bulk statements into a database the app has already migrated: the schema, checks and
// the party rule's trigger are the app's own, and the rule is checked for every partnership at commit.
import { randomUUID } from 'node:crypto';

export const SIZES = { organisations: 2000, partnerships: 5000 };

function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const slugify = (text) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export const THEMES = [
	{ slug: 'gender-equality', name: { sv: 'Jämställdhet', en: 'Gender equality', es: 'Igualdad de género' } },
	{ slug: 'human-rights', name: { sv: 'Mänskliga rättigheter', en: 'Human rights', es: 'Derechos humanos' } },
	{ slug: 'accessibility', name: { sv: 'Tillgänglighet', en: 'Accessibility', es: 'Accesibilidad' } },
	{ slug: 'education', name: { sv: 'Utbildning', en: 'Education', es: 'Educación' } },
	{
		slug: 'youth-participation',
		name: { sv: 'Ungdomsdelaktighet', en: 'Youth participation', es: 'Participación juvenil' }
	},
	{
		slug: 'gender-based-violence',
		name: { sv: 'Könsrelaterat våld', en: 'Gender-based violence', es: 'Violencia de género' }
	}
];

// Cooperation countries, with how local governments there are commonly named and a rough bounding box.
const COUNTRIES = {
	BW: { name: (n) => `${n} District Council`, lat: [-26, -18], lon: [20, 29] },
	CN: { name: (n) => `${n} County`, lat: [22, 40], lon: [100, 120] },
	CO: { name: (n) => `Alcaldía de ${n}`, lat: [0, 11], lon: [-77, -70] },
	GT: { name: (n) => `Municipalidad de ${n}`, lat: [14, 17], lon: [-92, -89] },
	MD: { name: (n) => `Primăria ${n}`, lat: [45.5, 48.4], lon: [26.7, 30.1] },
	RS: { name: (n) => `Opština ${n}`, lat: [42.3, 46.1], lon: [19, 22.9] },
	TZ: { name: (n) => `${n} Town Council`, lat: [-11, -1], lon: [30, 40] },
	ZA: { name: (n) => `${n} Local Municipality`, lat: [-34, -23], lon: [17, 32] },
	ZM: { name: (n) => `${n} Municipal Council`, lat: [-17, -9], lon: [22, 33] }
};
const FOREIGN = Object.keys(COUNTRIES);

const SE_HEADS = [
	'Al',
	'Berg',
	'Bro',
	'Dal',
	'Ek',
	'Fal',
	'Gran',
	'Hag',
	'Holm',
	'Kal',
	'Lid',
	'Lin',
	'Mal',
	'Norr',
	'Ny',
	'Ros',
	'Sand',
	'Sjö',
	'Sten',
	'Stor',
	'Sunds',
	'Tran',
	'Udde',
	'Vall',
	'Väster',
	'Ås',
	'Öster'
];
const SE_TAILS = [
	'by',
	'berg',
	'dal',
	'fors',
	'hamn',
	'holm',
	'köping',
	'lunda',
	'näs',
	'ryd',
	'sala',
	'stad',
	'torp',
	'vik',
	'ås'
];
const SE_PREFIX = ['', 'Norra ', 'Södra '];
const SE_COUNTIES = [
	'Dalarna',
	'Gävleborg',
	'Gotland',
	'Jönköping',
	'Norrbotten',
	'Skåne',
	'Stockholm',
	'Uppsala',
	'Västra Götaland',
	'Västmanland'
];
const SYLLABLES = [
	'ka',
	'mo',
	'la',
	'ni',
	'ba',
	'tu',
	'se',
	'ra',
	'go',
	'zi',
	'ma',
	'ndo',
	'lwe',
	'sa',
	'po',
	'ri',
	've',
	'chi',
	'na',
	'lo'
];
const PHASES = [
	'application',
	'inception',
	'project',
	'project',
	'project',
	'expansion',
	'dissemination',
	'completed',
	'completed',
	'terminated'
];

const date = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Rows for every table the benchmark fills, with ids made here so that rows can refer to each other. */
export function generateDataset(seed = 2026) {
	const random = prng(seed);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const between = (low, high) => low + random() * (high - low);
	const names = new Set();
	const slugs = new Set();
	const uniqueSlug = (text) => {
		const base = slugify(text);
		let slug = base;
		for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
		slugs.add(slug);
		return slug;
	};

	const organisations = [];
	const swedishCount = Math.round(SIZES.organisations / 3);
	for (let i = 0; i < SIZES.organisations; i++) {
		const swedish = i < swedishCount;
		const country = swedish ? 'SE' : FOREIGN[i % FOREIGN.length];
		let place;
		do {
			place = swedish
				? `${pick(SE_PREFIX)}${pick(SE_HEADS)}${pick(SE_TAILS)}`
				: Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES))
						.join('')
						.replace(/^./, (c) => c.toUpperCase());
		} while (names.has(`${country}:${place}`));
		names.add(`${country}:${place}`);
		const kind =
			i === 0
				? 'programme_owner'
				: swedish && random() < 0.06
					? 'region'
					: random() < 0.04
						? 'university'
						: 'municipality';
		const name =
			i === 0
				? 'Programägaren'
				: swedish
					? kind === 'region'
						? `Region ${place}`
						: `${place}s kommun`
					: COUNTRIES[country].name(place);
		const box = swedish ? { lat: [55.4, 67.8], lon: [11.2, 23.9] } : COUNTRIES[country];
		organisations.push({
			id: randomUUID(),
			slug: uniqueSlug(name),
			name,
			kind,
			country_code: country,
			subdivision: swedish ? pick(SE_COUNTIES) : null,
			population: Math.round(between(3_000, 400_000)),
			latitude: Number(between(...box.lat).toFixed(4)),
			longitude: Number(between(...box.lon).toFixed(4)),
			description: {
				sv: `${name} är med i programmet.`,
				en: `${name} takes part in the programme.`,
				es: `${name} participa en el programa.`
			},
			place
		});
	}
	const swedish = organisations.slice(1, swedishCount);
	const foreign = organisations.slice(swedishCount);

	const programme = {
		id: randomUUID(),
		slug: 'kommunalt-partnerskap',
		owner_organisation_id: organisations[0].id,
		name: { sv: 'Kommunalt partnerskap', en: 'Municipal Partnership Programme', es: 'Programa de Asociación Municipal' }
	};
	const programmeCountries = FOREIGN.map((country_code) => ({ programme_id: programme.id, country_code }));
	const themes = THEMES.map((t) => ({ id: randomUUID(), ...t }));

	// Two networks per theme for the first three themes: 2018–2021 and 2022–2026.
	const networks = [];
	const networkCountries = [];
	for (const theme of themes.slice(0, 3)) {
		for (const [startYear, endYear] of [
			[2018, 2021],
			[2022, 2026]
		]) {
			const countries = FOREIGN.filter(() => random() < 0.4).slice(0, 4);
			const network = {
				id: randomUUID(),
				slug: `${theme.slug}-${startYear}`,
				programme_id: programme.id,
				theme_id: theme.id,
				name: {
					sv: `Nätverk för ${theme.name.sv.toLowerCase()} ${startYear}–${endYear}`,
					en: `${theme.name.en} network ${startYear}–${endYear}`,
					es: `Red de ${theme.name.es.toLowerCase()} ${startYear}–${endYear}`
				},
				description: {
					sv: 'Ett tematiskt nätverk i programmet.',
					en: 'A thematic network of the programme.',
					es: 'Una red temática del programa.'
				},
				start_year: startYear,
				end_year: endYear
			};
			networks.push(network);
			for (const country_code of ['SE', ...countries]) networkCountries.push({ network_id: network.id, country_code });
		}
	}

	const partnerships = [];
	const parties = [];
	const partnershipSlugs = new Set();
	for (let i = 0; i < SIZES.partnerships; i++) {
		const theme = themes[i % themes.length];
		const size = random() < 0.15 ? 3 : 2;
		const members = [pick(swedish)];
		while (members.length < size) {
			const candidate = pick(foreign);
			if (!members.includes(candidate)) members.push(candidate);
		}
		const undated = random() < 0.03;
		const startYear = 2012 + Math.floor(random() * 15);
		const start = undated ? null : date(startYear, 1 + Math.floor(random() * 12), 1);
		const end = undated ? null : date(startYear + 1 + Math.floor(random() * 3), 1 + Math.floor(random() * 12), 28);
		const candidates = networks.filter(
			(n) => n.theme_id === theme.id && start && Number(start.slice(0, 4)) <= n.end_year
		);
		const network = candidates.length && random() < 0.6 ? pick(candidates) : null;
		let slug = slugify(members.map((m) => m.place).join(' '));
		for (let n = 2; partnershipSlugs.has(slug); n++) slug = `${slugify(members.map((m) => m.place).join(' '))}-${n}`;
		partnershipSlugs.add(slug);
		const places = members.map((m) => m.place);
		const id = randomUUID();
		partnerships.push({
			id,
			slug,
			programme_id: programme.id,
			theme_id: theme.id,
			network_id: network?.id ?? null,
			title: {
				sv: `${theme.name.sv} i ${places.join(', ')}`,
				en: `${theme.name.en} in ${places.join(', ')}`,
				es: `${theme.name.es} en ${places.join(', ')}`
			},
			challenge: {
				sv: 'En gemensam lokal utmaning som parterna arbetar med tillsammans.',
				en: 'A shared local challenge the parties work on together.',
				es: 'Un desafío local común en el que las partes trabajan juntas.'
			},
			phase: undated ? 'application' : pick(PHASES),
			start_date: start,
			end_date: end
		});
		for (const m of members) parties.push({ partnership_id: id, organisation_id: m.id });
	}
	for (const o of organisations) delete o.place;

	return { organisations, programme, programmeCountries, themes, networks, networkCountries, partnerships, parties };
}

/** One multi-row insert from a JSON array (sent as text, so no driver re-encodes it); columns not given take their defaults. */
function insertStatement(table, rows) {
	const columns = Object.keys(rows[0]);
	const list = columns.map((c) => `"${c}"`).join(', ');
	return `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::text::json)`;
}

const TABLES = [
	['organisations', 'organisations'],
	['programmes', 'programme'],
	['programme_countries', 'programmeCountries'],
	['themes', 'themes'],
	['networks', 'networks'],
	['network_countries', 'networkCountries'],
	['partnerships', 'partnerships'],
	['partnership_parties', 'parties']
];

/** Loads the data set in one transaction through `run(sql, params)`; the party rule is checked at commit. */
export async function loadDataset(transaction, data) {
	await transaction(async (run) => {
		for (const [table, key] of TABLES) {
			const rows = Array.isArray(data[key]) ? data[key] : [data[key]];
			await run(insertStatement(table, rows), [JSON.stringify(rows)]);
		}
	});
}

/** Into PostgreSQL, with a postgres.js client. */
export async function loadIntoPostgres(sql, data) {
	await loadDataset((work) => sql.begin((tx) => work((text, params) => tx.unsafe(text, params))), data);
	await sql.unsafe('analyze');
}

/** Into PGlite, with an open PGlite instance. */
export async function loadIntoPglite(pg, data) {
	await loadDataset((work) => pg.transaction((tx) => work((text, params) => tx.query(text, params))), data);
	await pg.exec('analyze');
}
