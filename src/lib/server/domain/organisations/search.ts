import { sql, type SQL } from 'drizzle-orm';
import { organisations } from '$lib/server/db/schema';

// Searching organisations by name, ignoring case and accents: a visitor types "jonkoping" or
// "BOGOTA" and still finds "Jönköpings kommun" and "Bogotá". Neither unaccent nor pg_trgm is installed
// (PGlite would need them loaded as extensions), so the same fixed table folds the letters of the names
// we have on both sides: translate() in SQL and foldForSearch() here.

/** Letters with diacritics, and at the same position in FOLD_TO the letter they count as. */
export const FOLD_FROM = 'áàâäãåāăąçćčďđéèêëēėęěğíìîïīįıłñńňóòôöõøōőřśšşșťţțúùûüūůűųýÿžźż';
export const FOLD_TO = 'aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorsssstttuuuuuuuuyyzzz';

const folds = new Map([...FOLD_FROM].map((letter, i) => [letter, FOLD_TO[i]!]));

/** Lower case, without the diacritics FOLD_FROM lists: what a name is compared as. */
export function foldForSearch(text: string): string {
	return [...text.toLowerCase()].map((letter) => folds.get(letter) ?? letter).join('');
}

/** A LIKE pattern for names that contain `text` anywhere: % and _ typed by a visitor match themselves. */
export function containsPattern(text: string): string {
	return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The organisation's name folded as foldForSearch() does, in SQL. */
export const foldedName: SQL = sql`translate(lower(${organisations.name}), ${FOLD_FROM}, ${FOLD_TO})`;
