import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { AppError } from './errors';
import { isStorableText, parseInput, translatedText, unreadableText } from './validation';

describe('the one rule for text', () => {
	it('refuses NUL and lone surrogates, keeps every other character', () => {
		for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'x\udfff', '😀\ud83d', '\udc00😀'])
			expect(isStorableText(bad)).toBe(false);
		for (const good of ['', 'Åmål', '😀', 'e\u0301', '\u202e', '\ufeff', 'ﷺ', '\u0001\u001f', '\\u0000'])
			expect(isStorableText(good)).toBe(true);
	});

	it('names every bad string by its path, in nested objects, arrays and keys', () => {
		expect(
			unreadableText({
				title: { sv: 'ok', en: 'a\u0000' },
				parties: ['x', { name: '\ud800' }],
				scores: { 'k\u0000': 1 }
			}).sort()
		).toEqual(['parties.1.name', 'scores', 'title.en']);
		expect(unreadableText('\u0000')).toEqual(['']);
		expect(unreadableText({ n: 1, d: new Date(), ok: [true, null] })).toEqual([]);
	});

	it('walks a deeply nested body without overflowing the stack', () => {
		let deep: unknown = '\u0000';
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(unreadableText(deep)).toHaveLength(1);
	});

	it('parseInput answers the field’s message whatever the schema, besides the schema’s own errors', () => {
		const schema = z.object({ title: translatedText({ max: 10, required: true }), note: z.string(), year: z.number() });
		let thrown: unknown;
		try {
			parseInput(schema, { title: { sv: 'Skol\u0000a' }, note: '\ud800', year: 'x', extra: '\u0000' });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(AppError);
		expect((thrown as AppError).fieldErrors).toEqual({
			'title.sv': m.validation_unreadable_text(),
			note: m.validation_unreadable_text(),
			extra: m.validation_unreadable_text(),
			year: expect.any(String)
		});
	});
});
