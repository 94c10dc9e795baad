import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setProgrammeTimeZone } from '$lib/time';
import LocalTime from './LocalTime.svelte';
import PhaseTimeline from './partnerships/PhaseTimeline.svelte';

// The server renders the programme's zone (the browser may then rewrite it in the reader's own), in the
// shape formatDateTime gives every other time: a server in UTC still prints Stockholm time.
process.env.TZ = 'UTC';
const closing = '2027-02-15T22:59:00.000Z';

describe('LocalTime', () => {
	afterEach(() => setProgrammeTimeZone('Europe/Stockholm'));

	it('prints the instant in the programme’s zone, named, with a machine-readable datetime', () => {
		const sv = render(LocalTime, { props: { value: closing, lang: 'sv' } }).body;
		expect(sv).toContain(`<time datetime="${closing}">15 februari 2027 kl. 23:59 (centraleuropeisk tid)</time>`);
		const es = render(LocalTime, { props: { value: new Date(closing), lang: 'es' } }).body;
		expect(es).toContain('>15 de febrero de 2027 a las 23:59 (hora de Europa central)</time>');
	});

	it('follows the TIME_ZONE setting', () => {
		setProgrammeTimeZone('Africa/Johannesburg');
		const en = render(LocalTime, { props: { value: closing, lang: 'en' } }).body;
		expect(en).toContain('>February 16, 2027 at 12:59 AM (South Africa Standard Time)</time>');
	});

	it('puts the time inside a sentence', () => {
		const { body } = render(LocalTime, {
			props: { value: closing, lang: 'sv', sentence: (time: string) => `Upphörde ${time}.` }
		});
		expect(body.replace(/<!--[^>]*-->/g, '')).toMatch(
			/Upphörde <time datetime="[^"]+">15 februari 2027 kl\. 23:59 \(centraleuropeisk tid\)<\/time>\./
		);
	});

	it('prints nothing for a value that is no instant, rather than failing the page', () => {
		expect(render(LocalTime, { props: { value: 'soon', lang: 'sv' } }).body).not.toContain('<time');
	});
});

describe('PhaseTimeline', () => {
	it('shows when each phase began the same way as every other time', () => {
		const entries = [
			{ id: '1', fromPhase: null, toPhase: 'inception', reason: null, changedAt: closing, changedBy: null }
		] as const;
		const { body } = render(PhaseTimeline, { props: { entries, lang: 'sv' } });
		expect(body).toContain('15 februari 2027 kl. 23:59 (centraleuropeisk tid)');
		expect(body).not.toMatch(/CET|GMT/);
	});
});
