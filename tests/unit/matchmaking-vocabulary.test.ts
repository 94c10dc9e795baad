import { describe, expect, it } from 'vitest';
import { vocabulary } from '$lib/server/domain/matchmaking/vocabulary';

// Needs no database: that each term is found by the stemmers is in tests/integration/matchmaking-concepts.test.ts.
describe('the vocabulary', () => {
	it('has 40–70 concepts, each with terms in all three languages, and unique keys', () => {
		expect(vocabulary.length).toBeGreaterThanOrEqual(40);
		expect(vocabulary.length).toBeLessThanOrEqual(70);
		expect(new Set(vocabulary.map((c) => c.key)).size).toBe(vocabulary.length);
		for (const concept of vocabulary)
			for (const lang of ['sv', 'en', 'es'] as const) expect(concept.terms[lang].length).toBeGreaterThanOrEqual(3);
	});
});
