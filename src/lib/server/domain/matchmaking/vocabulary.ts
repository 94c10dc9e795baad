// The programme's themes and challenges in Swedish, English and Spanish: what matchmaking looks for in a
// challenge, whatever language it is written in. The list is data (vocabulary.json); this file checks its
// shape once, at load. Each term is searched as a phrase with the language's full-text stemmer
// (concepts.ts), so "relationer"/"relation" or "jóvenes"/"joven" need not be listed twice; Swedish compounds
// stem as one word, so the forms people write ("ungdomsdelaktighet", "ungas delaktighet") are listed one by
// one. Editing a key or a term changes CONCEPTS_VERSION, and every stored set is recomputed; a label is only
// what readers see (explain.ts), so rewording one recomputes nothing. Keep terms specific: a bare
// "participation" or "development" would match nearly every challenge.

import { z } from 'zod';
import data from './vocabulary.json';

export type VocabularyLanguage = 'sv' | 'en' | 'es';

// Not trimmed here: the tests flag stray spaces in the file rather than have them hidden.
const text = z.string().regex(/\S/);
const phrases = z.array(text).min(1);

// The key order (key, label, terms; sv, en, es) is kept: CONCEPTS_VERSION hashes what this returns.
const conceptSchema = z.strictObject({
	key: z.string().regex(/^[a-z][a-z0-9_]*$/),
	/** The concept's name in each language, as it reads in a list ("Shared areas both chose: gender-based violence"). */
	label: z.strictObject({ sv: text, en: text, es: text }),
	/** The phrases that mean it in challenges written in each language. */
	terms: z.strictObject({ sv: phrases, en: phrases, es: phrases })
});

export type Concept = z.output<typeof conceptSchema>;

/** The vocabulary; a malformed file (a missing language, a repeated key) stops the server at start. */
export const vocabulary: readonly Concept[] = z
	.array(conceptSchema)
	.refine((concepts) => new Set(concepts.map((c) => c.key)).size === concepts.length, 'repeated concept key')
	.parse(data);

/** Every concept key, in the vocabulary's order. */
export const conceptKeys: readonly string[] = vocabulary.map((c) => c.key);
