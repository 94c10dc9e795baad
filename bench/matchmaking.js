#!/usr/bin/env node
// Matchmaking benchmark: how long staff wait for the suggestions and for "suggest for all" in a large
// partner-search call, on PostgreSQL. Goal: under one second each.
//
//   npm run bench:matchmaking     (BENCH_MATCHMAKING_URL=postgres://… to use another server)
//
// It recreates the database `glokal_bench_matchmaking` on postgres://postgres@127.0.0.1:5432, applies the
// app's migrations (src/lib/server/db/migrate.ts), and loads one call with 300 Swedish applicants and
// 2,000 profiles abroad whose challenges are written from the vocabulary in Swedish, English and Spanish
// (seeded, so runs compare), plus earlier partnerships of the applicants and some full profiles.
// The domain code is TypeScript with SvelteKit aliases ($lib): it runs here through Vite's own module
// loader (a Vite dev server in middleware mode, which binds no port), the same transform the tests use.
// Cold = every row's concepts stale (as after a vocabulary change); warm = concepts fresh.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createServer } from 'vite';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const SERVER = process.env.BENCH_MATCHMAKING_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NAME = 'glokal_bench_matchmaking';
const SIZES = { applicants: 300, profiles: 2000, partnerships: 240, fullProfiles: 20 };
const GOAL_MS = 1000;
const RUNS = 5;

function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = prng(4711);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (min, max) => min + Math.floor(random() * (max - min + 1));
const sample = (list, count) => {
	const copy = [...list];
	const out = [];
	while (out.length < count && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
	return out;
};

// Profiles write in the language of their country; the programme cooperates with all but BR.
const COUNTRIES = { CO: 'es', GT: 'es', ZA: 'en', BW: 'en', ZM: 'en', TZ: 'en', MD: 'en', RS: 'en', BR: 'es' };
const PROGRAMME_COUNTRIES = Object.keys(COUNTRIES).filter((c) => c !== 'BR');
const FRAMES = {
	sv: [
		(a, b) => `Kommunen vill utveckla arbetet med ${a} och ${b}.`,
		(a, b) => `Vår utmaning är ${a}, men också ${b}.`
	],
	en: [
		(a, b) => `Our municipality wants to improve ${a} and ${b}.`,
		(a, b) => `The main challenge is ${a}, together with ${b}.`
	],
	es: [(a, b) => `El municipio quiere fortalecer ${a} y ${b}.`, (a, b) => `Nuestro reto es ${a}, junto con ${b}.`]
};

/** A challenge about 2–4 concepts (the first ones from the theme's neighbourhood), in `lang`. */
function challengeText(vocabulary, themeIndex, lang) {
	const near = vocabulary.slice(themeIndex * 8, themeIndex * 8 + 12);
	const concepts = [...sample(near, between(1, 3)), ...sample(vocabulary, 1)];
	const terms = concepts.map((c) => pick(c.terms[lang]));
	const sentences = [];
	for (let i = 0; i < terms.length; i += 2) sentences.push(pick(FRAMES[lang])(terms[i], terms[i + 1] ?? terms[0]));
	return sentences.join(' ');
}

async function recreate() {
	const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${NAME} with (force)`);
	await admin.unsafe(`create database ${NAME}`);
	await admin.end();
	const url = new URL(SERVER);
	url.pathname = `/${NAME}`;
	return url.toString();
}

async function load(sql, vocabulary) {
	const owner = randomUUID();
	const programme = randomUUID();
	const call = randomUUID();
	const themes = Array.from({ length: 6 }, (_, i) => ({
		id: randomUUID(),
		slug: `bench-theme-${i}`,
		name: { en: `Theme ${i}` }
	}));
	const org = (name, country, kind = 'municipality') => ({
		id: randomUUID(),
		slug: `${country.toLowerCase()}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
		name,
		kind,
		country_code: country,
		population: between(3_000, 400_000)
	});
	const swedish = Array.from({ length: SIZES.applicants + SIZES.fullProfiles }, (_, i) => org(`Kommun ${i + 1}`, 'SE'));
	const foreign = Array.from({ length: SIZES.profiles }, (_, i) => {
		const country = random() < 0.03 ? 'BR' : pick(PROGRAMME_COUNTRIES);
		return org(`Municipality ${i + 1}`, country);
	});

	const applicants = swedish.slice(0, SIZES.applicants).map((o) => {
		const themeIndex = between(0, 5);
		const roll = random();
		const challenge =
			roll < 0.8
				? { sv: challengeText(vocabulary, themeIndex, 'sv') }
				: roll < 0.95
					? { sv: challengeText(vocabulary, themeIndex, 'sv'), en: challengeText(vocabulary, themeIndex, 'en') }
					: { en: challengeText(vocabulary, themeIndex, 'en') };
		return {
			id: randomUUID(),
			call_id: call,
			organisation_id: o.id,
			status: random() < 0.05 ? 'withdrawn' : pick(['submitted', 'under_review', 'shortlisted']),
			challenge,
			theme_id: random() < 0.9 ? themes[themeIndex].id : null,
			preferred_country_codes: random() < 0.5 ? sample(PROGRAMME_COUNTRIES, between(1, 3)) : [],
			languages: random() < 0.7 ? ['sv', 'en'] : ['sv', 'en', 'es'],
			submitted_at: new Date()
		};
	});
	const profiles = foreign.map((o) => {
		const themeIndex = between(0, 5);
		const lang = COUNTRIES[o.country_code];
		return {
			id: randomUUID(),
			call_id: call,
			organisation_id: o.id,
			theme_id: themes[themeIndex].id,
			status: random() < 0.95 ? 'published' : 'draft',
			challenge: { [lang]: challengeText(vocabulary, themeIndex, lang) },
			population: random() < 0.8 ? o.population : null,
			languages: lang === 'es' ? ['es'] : random() < 0.3 ? ['en', 'es'] : ['en'],
			max_matches: pick([1, 1, 1, 2, 3]),
			published_at: new Date()
		};
	});
	// Some profiles are full already: matched with extra Swedish answers.
	const matchedAnswers = swedish.slice(SIZES.applicants).map((o) => ({
		...applicants[0],
		id: randomUUID(),
		organisation_id: o.id,
		status: 'matched',
		preferred_country_codes: [],
		languages: ['sv']
	}));
	const matchRows = matchedAnswers.map((a, i) => ({
		id: randomUUID(),
		call_id: call,
		expression_id: a.id,
		profile_id: profiles[i * 7].id
	}));
	for (const row of matchRows) profiles.find((p) => p.id === row.profile_id).max_matches = 1;
	// Earlier partnerships of applicant organisations, some still running with a profile's organisation.
	const partnerships = [];
	const parties = [];
	for (let i = 0; i < SIZES.partnerships; i++) {
		const id = randomUUID();
		partnerships.push({
			id,
			slug: `bench-partnership-${i}`,
			programme_id: programme,
			theme_id: pick(themes).id,
			title: { en: `Partnership ${i}` },
			phase: pick(['inception', 'project', 'completed', 'completed', 'terminated'])
		});
		parties.push({ partnership_id: id, organisation_id: pick(swedish.slice(0, SIZES.applicants)).id });
		parties.push({ partnership_id: id, organisation_id: pick(foreign).id });
	}

	await sql.begin(async (tx) => {
		// jsonb columns (translated texts) go as JSON; arrays and dates as they are.
		const rows = (list) =>
			tx(
				list.map((row) =>
					Object.fromEntries(
						Object.entries(row).map(([k, v]) => [
							k,
							v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? tx.json(v) : v
						])
					)
				)
			);
		await tx`insert into organisations ${rows([org('Programme owner', 'SE', 'programme_owner'), ...swedish, ...foreign].map((o, i) => (i === 0 ? { ...o, id: owner } : o)))}`;
		await tx`insert into programmes ${rows([{ id: programme, slug: 'bench-programme', owner_organisation_id: owner, name: { en: 'Programme' } }])}`;
		await tx`insert into programme_countries ${rows(PROGRAMME_COUNTRIES.map((c) => ({ programme_id: programme, country_code: c })))}`;
		await tx`insert into themes ${rows(themes)}`;
		await tx`insert into calls ${rows([
			{
				id: call,
				slug: 'bench-partner-search',
				programme_id: programme,
				kind: 'partner_search',
				title: { en: 'Municipalities seek a Swedish partner' },
				opens_at: new Date(Date.now() - 86_400_000),
				closes_at: new Date(Date.now() + 30 * 86_400_000),
				published_at: new Date()
			}
		])}`;
		await tx`insert into expressions_of_interest ${rows([...applicants, ...matchedAnswers])}`;
		await tx`insert into partner_profiles ${rows(profiles)}`;
		await tx`insert into matches ${rows(matchRows)}`;
		await tx`insert into partnerships ${rows(partnerships)}`;
		await tx`insert into partnership_parties ${rows(parties)}`;
	});
	return call;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const line = (label, value, cpu) =>
	console.log(
		`${label}: ${ms(value)} (goal < ${GOAL_MS.toLocaleString('en')} ms: ${(value / GOAL_MS).toFixed(2)}×)` +
			(cpu === undefined ? '' : `; this process's CPU ${ms(cpu)}`)
	);

/** Wall time, and this process's CPU time (which other load on the machine does not inflate much). */
async function time(run) {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await run();
	const used = process.cpuUsage(cpu);
	return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, result };
}

async function main() {
	const vite = await createServer({
		configFile: 'vite.config.ts',
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom',
		logLevel: 'warn'
	});
	const url = await recreate();
	let database;
	let sql;
	try {
		const mod = (path) => vite.ssrLoadModule(path);
		const { openDatabase, useDatabase } = await mod('/src/lib/server/db/client.ts');
		const { migrateDatabase } = await mod('/src/lib/server/db/migrate.ts');
		const { vocabulary } = await mod('/src/lib/server/domain/matchmaking/vocabulary.ts');
		const { suggestionsForCall, assignmentForCall } = await mod('/src/lib/server/domain/matchmaking/suggestions.ts');
		const { refreshStaleConcepts } = await mod('/src/lib/server/domain/matchmaking/concepts.ts');

		database = await openDatabase({ kind: 'postgres', url });
		await migrateDatabase(database, url);
		useDatabase(database);
		sql = postgres(url, { max: 1, onnotice: () => {} });
		const callId = await load(sql, vocabulary);
		await sql`analyze`;
		const staff = { userId: null, isStaff: true, memberships: [] };
		const stale = () =>
			sql`update expressions_of_interest set concepts_version = null; update partner_profiles set concepts_version = null`.simple();

		const size = `${SIZES.applicants} applicants × ${SIZES.profiles.toLocaleString('en')} profiles`;
		console.log(`One partner-search call, ${size}, PostgreSQL ${new URL(url).host}; median of ${RUNS} runs.`);
		console.log(
			`Load average before: ${loadavg()
				.map((l) => l.toFixed(1))
				.join(' ')} on ${cpus().length} CPUs.`
		);

		const refresh = [];
		for (let i = 0; i < RUNS; i++) {
			await stale();
			refresh.push((await time(() => refreshStaleConcepts(database.db, callId))).ms);
		}
		line(
			`concepts of ${(SIZES.applicants + SIZES.fullProfiles + SIZES.profiles).toLocaleString('en')} stale rows`,
			median(refresh)
		);

		for (const [label, run] of [
			['suggestions', () => suggestionsForCall(staff, callId)],
			['assignment ("suggest for all")', () => assignmentForCall(staff, callId)]
		]) {
			const cold = [];
			const warm = [];
			const warmCpu = [];
			let result;
			for (let i = 0; i < RUNS; i++) {
				await stale();
				cold.push((await time(run)).ms);
				const timed = await time(run);
				warm.push(timed.ms);
				warmCpu.push(timed.cpu);
				result = timed.result;
			}
			line(`${label} for ${size}, cold (concepts stale)`, median(cold));
			line(`${label} for ${size}, warm`, median(warm), median(warmCpu));
			if (result.assignment)
				console.log(
					`  ${result.assignment.pairs.length} pairs, total ${result.assignment.total}; unmatched: ${result.assignment.unmatchedApplicants.length} applicants, ${result.assignment.unmatchedProfiles.length} profiles`
				);
			else console.log(`  ${result.suggestions.length} suggestions returned, best ${result.suggestions[0]?.total}`);
		}
		const someone = (await sql`select id from expressions_of_interest where status = 'submitted' limit 1`)[0].id;
		const one = [];
		for (let i = 0; i < RUNS; i++)
			one.push((await time(() => suggestionsForCall(staff, callId, { expressionId: someone }))).ms);
		line(`suggestions for one applicant × ${SIZES.profiles.toLocaleString('en')} profiles, warm`, median(one));
	} finally {
		await sql?.end();
		await database?.close();
		await vite.close();
	}
}

await main();
