import { describe, expect, it } from 'vitest';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { z } from 'zod';
import { allAreas, areaGroups, areaNames, areaOptions, challengeAreas } from './areas';
import { vocabulary } from './vocabulary';

const form = z.object({ challengeAreas: challengeAreas.default([]) });

function refusal(input: unknown): AppError {
	try {
		parseInput(form, input);
	} catch (error) {
		return error as AppError;
	}
	throw new Error('accepted');
}

describe('the list of challenge areas', () => {
	it('offers every concept of the vocabulary once, in a named group', () => {
		const listed = areaGroups.flatMap((group) => [...group.areas]);
		expect([...listed].sort()).toEqual(vocabulary.map((c) => c.key).sort());
		expect(new Set(listed).size).toBe(listed.length);
		for (const locale of ['sv', 'en', 'es'] as const) {
			const groups = areaOptions(locale);
			expect(new Set(groups.map((g) => g.label)).size).toBe(groups.length);
			for (const group of groups) {
				expect(group.label.trim()).not.toBe('');
				expect(group.label).not.toMatch(/^matchmaking_/);
			}
		}
	});

	it('names the areas in the reader’s language, by name within each group', () => {
		const education = areaOptions('es').find((g) => g.key === 'education')!;
		expect(education.label).toBe('Educación y juventud');
		expect(education.areas).toContainEqual({ value: 'youth_participation', label: 'participación juvenil' });
		const labels = education.areas.map((a) => a.label);
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'es')));
		expect(areaNames(['youth_participation', 'gone'], 'sv')).toEqual([
			{ value: 'youth_participation', label: 'ungdomsdelaktighet' }
		]);
	});
});

describe('challengeAreas', () => {
	it('keeps known areas once each, in the vocabulary’s order', () => {
		expect(
			parseInput(form, { challengeAreas: ['youth_participation', ' gender_equality ', 'youth_participation'] })
		).toEqual({ challengeAreas: ['gender_equality', 'youth_participation'] });
		expect(parseInput(form, {})).toEqual({ challengeAreas: [] });
	});

	it('refuses an area that is not on the list, on the field and in the reader’s language', () => {
		const error = refusal({ challengeAreas: ['youth_participation', 'ufo_sightings'] });
		expect(error.code).toBe('invalid');
		expect(error.fieldErrors).toEqual({
			challengeAreas: 'Välj utmaningsområden i listan: ”ufo_sightings” finns inte bland dem.'
		});
		expect(Object.keys(refusal({ challengeAreas: 'youth_participation' }).fieldErrors)).toEqual(['challengeAreas']);
	});
});

describe('allAreas', () => {
	it('joins the chosen and the recognised areas, each once', () => {
		expect(allAreas(['youth_participation', 'education'], ['education', 'school_dropout'])).toEqual([
			'education',
			'school_dropout',
			'youth_participation'
		]);
		expect(allAreas([], [])).toEqual([]);
	});
});
