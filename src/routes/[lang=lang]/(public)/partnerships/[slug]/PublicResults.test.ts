import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import PublicResults from './PublicResults.svelte';

const sentence = 'Tillfrågas ibland, efter att beslut har fattats.';
const results = [
	{
		id: 'r1',
		kind: 'outcome',
		title: { sv: 'Offentliga byggnader är tillgängliga' },
		description: {},
		indicators: [
			{
				id: 'i1',
				kind: 'quantitative',
				name: { sv: 'Andel tillgängliga entréer' },
				unit: '%',
				baselineValue: 35,
				baselineText: {},
				baselineYear: 2021,
				targetValue: 70,
				targetText: {},
				targetYear: 2024,
				latestValue: 58,
				latestText: {},
				latestPeriod: { start: '2023-01-01', end: '2023-12-31' },
				percent: 66
			},
			{
				id: 'i2',
				kind: 'qualitative',
				name: { sv: 'Funktionsrättsorganisationernas roll' },
				unit: null,
				baselineValue: null,
				baselineText: { sv: sentence },
				baselineYear: null,
				targetValue: null,
				targetText: { sv: 'Tillfrågas innan beslut.' },
				targetYear: null,
				latestValue: null,
				latestText: {},
				latestPeriod: null,
				percent: null
			}
		]
	}
];

const show = (lang: 'sv' | 'en' | 'es') => render(PublicResults, { props: { results, lang } }).body;
const original = getLocale;
afterEach(() => overwriteGetLocale(original));
const speak = (lang: 'sv' | 'en' | 'es') => overwriteGetLocale(() => lang);

// Every class a global stylesheet styles, e.g. ".headline-figures dd { font-size: 2.25rem }".
const globalCss = ['src/app.css', 'src/lib/styles/components.css', 'src/lib/styles/site.css']
	.map((file) => readFileSync(file, 'utf8'))
	.join('\n');
const globalClasses = new Set([...globalCss.matchAll(/\.([a-z][\w-]*)/gi)].map((match) => match[1]));

describe('the results on a public partnership page', () => {
	it('shows indicator values as text that no global rule (such as the home page’s big figures) styles', () => {
		expect(baseLocale).toBe('sv');
		const body = show('sv');
		const values = body.slice(body.indexOf('<dl'), body.lastIndexOf('</dl>'));
		expect(values).toContain(sentence);
		const classes = [...values.matchAll(/class="([^"]*)"/g)]
			.flatMap((match) => match[1]!.split(/\s+/))
			.filter((name) => name && !name.startsWith('svelte-'));
		expect(classes.length).toBeGreaterThan(0);
		expect(classes.filter((name) => globalClasses.has(name))).toEqual([]);
	});

	it('writes per cent the reader’s way, the same for values and progress', () => {
		speak('en');
		const en = show('en');
		expect(en).toContain('35% (2021)');
		expect(en).toContain('58%');
		expect(en).toContain('66% of the way to the target');
		expect(en).not.toMatch(/\d[\s\u00a0\u202f]%/);

		speak('sv');
		const sv = show('sv');
		expect(sv).toContain('35\u00a0% (2021)');
		expect(sv).toContain('66\u00a0% av vägen mot målet');
		expect(sv).not.toMatch(/\d %|\d%/);
	});

	it('says which reporting period the latest value is for, not a bare date', () => {
		speak('en');
		const en = show('en');
		expect(en).toMatch(/58%\s*(<!--[^>]*-->)*<span class="when[^"]*">for the reporting period Jan 1\s–\sDec 31, 2023</);
		expect(en).not.toContain('(January 1, 2023)');
	});

	it('shows progress without judging it: a plain bar beside the words, no coloured meter', () => {
		const body = show('sv');
		expect(body).not.toContain('<meter');
		expect(body).toMatch(/<progress max="100" value="66" aria-hidden="true"/);
	});
});
