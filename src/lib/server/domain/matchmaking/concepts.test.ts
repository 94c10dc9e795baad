import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Concept } from './vocabulary';

// CONCEPTS_VERSION decides when every stored concept set is recomputed, so it must follow the terms
// (what extraction reads) and nothing else: rewording a label must not recompute anything.

async function versionOf(change: (concept: Concept) => Concept): Promise<string> {
	vi.resetModules();
	const actual = await vi.importActual<typeof import('./vocabulary')>('./vocabulary');
	vi.doMock('./vocabulary', () => ({ ...actual, vocabulary: actual.vocabulary.map(change) }));
	return (await import('./concepts')).CONCEPTS_VERSION;
}

afterEach(() => {
	vi.doUnmock('./vocabulary');
	vi.resetModules();
});

describe('CONCEPTS_VERSION', () => {
	it('stays the same when only labels change', async () => {
		const current = await versionOf((concept) => concept);
		const relabelled = await versionOf((concept) => ({
			...concept,
			label: { sv: `${concept.label.sv}!`, en: `${concept.label.en}!`, es: `${concept.label.es}!` }
		}));
		expect(current).toMatch(/^[0-9a-f]{16}$/);
		expect(relabelled).toBe(current);
	});

	it('changes when a term changes', async () => {
		const current = await versionOf((concept) => concept);
		const edited = await versionOf((concept) =>
			concept.key === 'education'
				? { ...concept, terms: { ...concept.terms, en: [...concept.terms.en, 'schooling'] } }
				: concept
		);
		expect(edited).not.toBe(current);
	});
});
